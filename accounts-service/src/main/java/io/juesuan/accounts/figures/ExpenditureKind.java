package io.juesuan.accounts.figures;

/** The kinds of expenditure of 公开03表, in their printed order. */
public enum ExpenditureKind {
    BASIC("基本支出"),
    PROJECT("项目支出"),
    REMIT_TO_SUPERIOR("上缴上级支出"),
    OPERATING("经营支出"),
    SUBSIDY_TO_AFFILIATED("对附属单位补助支出");

    private final String label;

    ExpenditureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
