package io.juesuan.procurement.contracts;

/** 企业规模 (工信部联企业〔2011〕300号): 中型, 小型 and 微型 are SMEs; 小型 and 微型 small and micro. */
public enum EnterpriseScale {
    /** 大型 */
    LARGE,
    /** 中型 */
    MEDIUM,
    /** 小型 */
    SMALL,
    /** 微型 */
    MICRO;

    public boolean isSme() {
        return this != LARGE;
    }

    public boolean isSmallOrMicro() {
        return this == SMALL || this == MICRO;
    }
}
