package io.juesuan.accounts.figures;

/** Where spending is financed from: the three appropriation funds (财政拨款) and everything else. */
public enum Fund {
    /** 一般公共预算财政拨款 */
    GENERAL_BUDGET,
    /** 政府性基金预算财政拨款 */
    GOVERNMENT_FUND,
    /** 国有资本经营预算财政拨款 */
    STATE_CAPITAL,
    /** 非财政拨款 (上级补助, 事业, 经营, 附属单位上缴, 其他, 结余) */
    NON_FISCAL
}
