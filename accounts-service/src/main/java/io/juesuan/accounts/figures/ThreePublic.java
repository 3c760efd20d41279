package io.juesuan.accounts.figures;

import jakarta.validation.Valid;

/**
 * 一般公共预算财政拨款“三公”经费 (公开07表 and its explanation).
 *
 * @param actual the year's actual spending, in the document's unit
 * @param budget the year's budget (年初预算), in the document's unit
 * @param counts trips, vehicles and receptions
 */
public record ThreePublic(@Valid ThreePublicAmounts actual, @Valid ThreePublicAmounts budget,
                          @Valid ThreePublicCounts counts) {
}
