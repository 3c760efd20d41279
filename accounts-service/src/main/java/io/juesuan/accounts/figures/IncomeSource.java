package io.juesuan.accounts.figures;

/** The eight income lines of 公开01表, in their printed order. */
public enum IncomeSource {
    GENERAL_BUDGET("一般公共预算财政拨款收入"),
    GOVERNMENT_FUND("政府性基金预算财政拨款收入"),
    STATE_CAPITAL("国有资本经营预算财政拨款收入"),
    SUPERIOR_SUBSIDY("上级补助收入"),
    INSTITUTION_BUSINESS("事业收入"),
    OPERATING("经营收入"),
    AFFILIATED_REMITTANCE("附属单位上缴收入"),
    OTHER("其他收入");

    private final String label;

    IncomeSource(String label) {
        this.label = label;
    }

    /** The row name as the table prints it. */
    public String label() {
        return label;
    }
}
