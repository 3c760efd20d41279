package io.juesuan.evaluation.performance;

import io.juesuan.platform.json.OptionalFigures;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * 预算绩效管理情况: the department's performance management of the year as a summary, without per-project tables;
 * amounts in 万元 (exact to the fen), a figure left out is not stated.
 *
 * @param systems               the performance management rules (制度) the department has set up, by name
 * @param mechanism             the working mechanism it has set up (建立了…的预算绩效管理工作机制)
 * @param goalProjects          编报绩效目标的项目数
 * @param goalAmount            their budget, 万元
 * @param trackedProjects       绩效跟踪评价的项目数
 * @param trackedAmount         their budget, 万元
 * @param selfEvaluatedProjects 绩效自评的项目数
 * @param selfEvaluatedAmount   their budget, 万元
 * @param averageScore          平均得分 of the self-evaluations, as printed (0–100)
 * @param excellent             projects graded 优
 * @param good                  projects graded 良
 * @param qualified             projects graded 合格
 * @param unqualified           projects graded 不合格
 * @param problemsFound         problems the self-evaluations found
 * @param problemsRectified     of them, put right (已经完成整改)
 * @param problemsRectifying    of them, being put right (正在整改)
 */
public record PerformanceManagement(
        @Size(max = 50) List<@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\n\\r]*",
                message = "制度名称不能换行 / a name is one line") String> systems,
        @Size(max = 2000) String mechanism,
        @Schema(description = "编报绩效目标的项目数. " + OptionalFigures.ABSENT) @PositiveOrZero Integer goalProjects,
        @Schema(description = "编报绩效目标的项目涉及预算金额，万元. " + OptionalFigures.ABSENT)
        @PositiveOrZero @Digits(integer = 12, fraction = 6) BigDecimal goalAmount,
        @Schema(description = "绩效跟踪评价的项目数. " + OptionalFigures.ABSENT) @PositiveOrZero Integer trackedProjects,
        @Schema(description = "绩效跟踪评价的项目涉及预算金额，万元. " + OptionalFigures.ABSENT)
        @PositiveOrZero @Digits(integer = 12, fraction = 6) BigDecimal trackedAmount,
        @Schema(description = "绩效自评的项目数. " + OptionalFigures.ABSENT) @PositiveOrZero Integer selfEvaluatedProjects,
        @Schema(description = "绩效自评的项目涉及预算金额，万元. " + OptionalFigures.ABSENT)
        @PositiveOrZero @Digits(integer = 12, fraction = 6) BigDecimal selfEvaluatedAmount,
        @Schema(description = "绩效自评平均得分（0–100）. " + OptionalFigures.ABSENT)
        @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal averageScore,
        @Schema(description = "绩效评级为“优”的项目数. " + OptionalFigures.ABSENT) @PositiveOrZero Integer excellent,
        @Schema(description = "绩效评级为“良”的项目数. " + OptionalFigures.ABSENT) @PositiveOrZero Integer good,
        @Schema(description = "绩效评级为“合格”的项目数. " + OptionalFigures.ABSENT) @PositiveOrZero Integer qualified,
        @Schema(description = "绩效评级为“不合格”的项目数. " + OptionalFigures.ABSENT) @PositiveOrZero Integer unqualified,
        @Schema(description = "绩效自评中发现的问题数. " + OptionalFigures.ABSENT) @PositiveOrZero Integer problemsFound,
        @Schema(description = "已经完成整改的问题数. " + OptionalFigures.ABSENT) @PositiveOrZero Integer problemsRectified,
        @Schema(description = "正在整改的问题数. " + OptionalFigures.ABSENT) @PositiveOrZero Integer problemsRectifying) {

    /** The grade labels of the template, in printed order. */
    public static final List<String> GRADES = List.of("优", "良", "合格", "不合格");

    /** The count of each grade, in the order of {@link #GRADES}; an entry is null when not stated. */
    public List<Integer> gradeCounts() {
        return java.util.Arrays.asList(excellent, good, qualified, unqualified);
    }
}
