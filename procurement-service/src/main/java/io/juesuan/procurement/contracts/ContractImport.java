package io.juesuan.procurement.contracts;

/**
 * What an import did.
 *
 * @param imported  contracts read from the file
 * @param contracts contracts of the department-year now
 * @param revision  the procurement's revision after the import
 */
public record ContractImport(int imported, long contracts, long revision) {
}
