package io.juesuan.procurement.contracts;

/** What a contract list is narrowed to; null means any. */
public record ContractFilter(ContractCategory category, EnterpriseScale scale, ProcurementMethod method, String q) {
}
