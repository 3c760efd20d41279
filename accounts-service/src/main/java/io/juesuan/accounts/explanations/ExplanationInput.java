package io.juesuan.accounts.explanations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * What a department gives for one explanation line: last year's 决算数 (used when the platform has no record of
 * last year) and the reason for the change.
 *
 * @param key       a 项 code of table 05 or a fixed key ({@link ExplanationKeys})
 * @param priorYear last year's amount in the document's unit
 * @param budget    the year's 年初预算数 in the document's unit, where the region compares the line with it (上海)
 * @param reason    主要原因, without the leading words
 */
public record ExplanationInput(@NotBlank @Size(max = 40) String key, @PositiveOrZero BigDecimal priorYear,
                               @PositiveOrZero BigDecimal budget, @Size(max = 2000) String reason) {
}
