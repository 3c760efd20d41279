package io.juesuan.procurement.summary;

import io.juesuan.platform.money.MoneyUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A department-year's procurement as a client writes it (PUT replaces the working copy).
 *
 * @param unit            the unit of every amount: 元 or 万元
 * @param declaredSummary the totals a disclosure states (for a legacy document, as printed)
 */
public record ProcurementDocument(@NotNull MoneyUnit unit, @NotNull @Valid SummaryFigures declaredSummary) {
}
