package io.juesuan.evaluation.funds;

/** The rows of a project's fund table, in printed order. */
public enum FundSource {
    /** 财政资金小计 = 中央 + 省级 + 地方 */
    FISCAL_SUBTOTAL("财政资金小计"),
    CENTRAL("①中央财政资金"),
    PROVINCIAL("②省级财政资金"),
    LOCAL("③地方财政资金"),
    /** 其他资金小计 */
    OTHER_SUBTOTAL("其他资金小计"),
    /** 合计 = 财政资金小计 + 其他资金小计 */
    TOTAL("合计");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
