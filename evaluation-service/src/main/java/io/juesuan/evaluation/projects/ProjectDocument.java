package io.juesuan.evaluation.projects;

import io.juesuan.evaluation.funds.FundTable;
import io.juesuan.evaluation.report.ReportDocument;
import io.juesuan.platform.json.OptionalFigures;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * One spending project's self-evaluation (项目支出绩效自评).
 *
 * @param name          专项名称
 * @param functionCode  the 7-digit budget function code (项), e.g. 2011302
 * @param funds         财政资金 covered by the evaluation, 万元 (optional)
 * @param totalScore    the total self-score the table prints (合计), checked against the indicators' scores
 * @param declaredGrade the grade the document prints (自评得分等次), checked against the computed one (optional)
 * @param template      the self-evaluation template (grade bands, 一级 weights), {@code national-2020} by default
 * @param goal          年度总体目标 (预期目标)
 * @param outcome       绩效目标实际完成情况
 * @param fundTable     财政资金安排和使用情况, row by row as printed (optional)
 * @param indicators    the indicator table, 三级 by 三级 in printed order (optional for a summary-only document)
 * @param report        the evaluation report (绩效评价报告): sections and, for a legacy one, its stated score lines
 * @param departmentGrade the grade of the department's own evaluation of the project (部门评价), if it had one
 */
public record ProjectDocument(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "^[0-9]{7}$", message = "项级功能科目编码须为7位数字 / a function code (项) has 7 digits")
        String functionCode,
        @Schema(description = "项目财政资金，万元. " + OptionalFigures.ABSENT)
        @PositiveOrZero @Digits(integer = 12, fraction = 6) BigDecimal funds,
        @NotNull @DecimalMin("0") @DecimalMax(value = "100", message = "总分不能超过100 / the total cannot exceed 100")
        @Digits(integer = 3, fraction = 2) BigDecimal totalScore,
        @Size(max = 10) String declaredGrade,
        @Size(max = 60) String template,
        @Size(max = 10_000) String goal,
        @Size(max = 10_000) String outcome,
        @Valid FundTable fundTable,
        @Size(max = 200) List<@NotNull @Valid IndicatorDocument> indicators,
        @Valid ReportDocument report,
        @Size(max = 10) String departmentGrade) {
}
