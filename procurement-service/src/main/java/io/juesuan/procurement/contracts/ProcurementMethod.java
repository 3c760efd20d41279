package io.juesuan.procurement.contracts;

/** 采购方式 (政府采购法 and its rules). */
public enum ProcurementMethod {
    /** 公开招标 */
    OPEN_TENDER,
    /** 邀请招标 */
    INVITED_TENDER,
    /** 竞争性谈判 */
    COMPETITIVE_NEGOTIATION,
    /** 竞争性磋商 */
    COMPETITIVE_CONSULTATION,
    /** 询价 */
    REQUEST_FOR_QUOTATION,
    /** 单一来源 */
    SINGLE_SOURCE,
    /** 框架协议 */
    FRAMEWORK_AGREEMENT,
    /** 其他 */
    OTHER
}
