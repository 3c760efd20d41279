package io.juesuan.procurement.summary;

import io.juesuan.platform.money.MoneyUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A department-year's procurement as a client writes it (PUT replaces the working copy).
 *
 * @param unit            the unit of every amount: 元 or 万元
 * @param declaredSummary the totals a disclosure states (for a legacy document, as printed); a figure left out is
 *                        not stated, which is not zero: the sentence leaves its clause out
 * @param reserved        optional: the 财库〔2020〕46号 reserved-project figures, where the region prints them
 * @param transcribedFrom optional, legacy: the disclosure this document transcribes (title or address). A
 *                        transcript is published as printed with its findings shown; native entry is blocked by its
 *                        errors (a missing SME amount among them)
 */
public record ProcurementDocument(@NotNull MoneyUnit unit, @NotNull @Valid SummaryFigures declaredSummary,
                                  @Valid ReservedShares reserved, @Size(max = 500) String transcribedFrom) {
}
