package io.juesuan.evaluation.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A score line a legacy report states, "产出质量得13分（共12分）", kept as printed.
 *
 * @param level2  the 二级 indicator it restates, as the table names it (质量指标)
 * @param label   as the report prints it (产出质量)
 * @param score   the score stated
 * @param maximum the maximum stated
 */
public record StatedGroupScore(@NotBlank @Size(max = 100) String level2, @Size(max = 100) String label,
                               @PositiveOrZero BigDecimal score, @PositiveOrZero BigDecimal maximum) {
}
