package io.juesuan.procurement.contracts;

/** 采购品目类别. */
public enum ContractCategory {
    /** 货物 */
    GOODS,
    /** 工程 */
    WORKS,
    /** 服务 */
    SERVICES
}
