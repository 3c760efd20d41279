package io.juesuan.procurement.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A contract as read back and published; amount in yuan. */
public record ContractView(long id, String number, String title, ContractCategory category, ProcurementMethod method,
                           BigDecimal amount, LocalDate awardDate, LocalDate signingDate, boolean reservedForSme,
                           Supplier supplier) {
}
