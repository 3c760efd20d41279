package io.juesuan.evaluation.projects;

import io.juesuan.evaluation.scoring.Measures;
import io.juesuan.evaluation.scoring.ScoringRule;
import io.juesuan.platform.json.OptionalFigures;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One 三级 indicator of a project's table, as printed and as data.
 *
 * @param level1      一级指标, e.g. 产出指标
 * @param level2      二级指标, e.g. 数量指标
 * @param name        三级指标
 * @param explanation 指标解释
 * @param criterion   评分标准 as printed
 * @param target      绩效目标值 as printed, e.g. ≥350台
 * @param actual      实际完成值 as printed, e.g. 150
 * @param measures    the figures the rule reads ({@code actual} and any other it names)
 * @param rule        评分标准 as data
 * @param maximum     指标分值
 * @param selfScore   自评得分
 */
public record IndicatorDocument(
        @NotBlank @Size(max = 100) String level1,
        @NotBlank @Size(max = 100) String level2,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 2000) String explanation,
        @Size(max = 4000) String criterion,
        @Size(max = 500) String target,
        @Size(max = 2000) String actual,
        @Schema(description = "实际值，供评分标准计算得分. " + OptionalFigures.ABSENT)
        Measures measures,
        @NotNull @Valid ScoringRule rule,
        @NotNull @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal maximum,
        @Schema(description = "自评得分；评分标准可由实际值计算时可不填. " + OptionalFigures.ABSENT)
        @PositiveOrZero @Digits(integer = 3, fraction = 2) BigDecimal selfScore) {
}
