package io.juesuan.evaluation.performance;

import io.juesuan.platform.findings.Finding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a performance summary's figures must agree on: the grade counts add up to the self-evaluated projects, the
 * problems put right and being put right to those found, and, where per-project tables are given as well, the
 * summary counts them and states their average score.
 */
public final class PerformanceChecks {

    public static final String GRADES_SUM = "EVAL-PERF-GRADES-SUM";
    public static final String PROBLEMS_SUM = "EVAL-PERF-PROBLEMS-SUM";
    public static final String PROJECT_COUNT = "EVAL-PERF-PROJECT-COUNT";
    public static final String AVERAGE = "EVAL-PERF-AVERAGE";

    private PerformanceChecks() {
    }

    /** @param projectScores the total scores of the per-project tables given, null where one is unknown */
    public static List<Finding> check(PerformanceManagement summary, List<BigDecimal> projectScores) {
        List<Finding> findings = new ArrayList<>();
        List<Integer> grades = summary.gradeCounts();
        if (summary.selfEvaluatedProjects() != null && grades.stream().allMatch(Objects::nonNull)) {
            int graded = grades.stream().mapToInt(Integer::intValue).sum();
            if (graded != summary.selfEvaluatedProjects()) {
                findings.add(error(GRADES_SUM, "各绩效评级的项目数合计 " + graded + " 个，与绩效自评项目 "
                        + summary.selfEvaluatedProjects() + " 个不符 / the grades count " + graded + " projects, the "
                        + "self-evaluations " + summary.selfEvaluatedProjects(), "performance.selfEvaluatedProjects"));
            }
        }
        if (summary.problemsFound() != null && summary.problemsRectified() != null
                && summary.problemsRectifying() != null
                && summary.problemsRectified() + summary.problemsRectifying() != summary.problemsFound()) {
            findings.add(error(PROBLEMS_SUM, "已经完成整改 " + summary.problemsRectified() + " 个、正在整改 "
                    + summary.problemsRectifying() + " 个，与发现问题 " + summary.problemsFound() + " 个不符 / the "
                    + "problems put right and being put right do not add up to those found",
                    "performance.problemsFound"));
        }
        if (!projectScores.isEmpty()) {
            if (summary.selfEvaluatedProjects() != null && summary.selfEvaluatedProjects() < projectScores.size()) {
                findings.add(error(PROJECT_COUNT, "绩效自评项目 " + summary.selfEvaluatedProjects() + " 个，少于所附自评表 "
                        + projectScores.size() + " 个 / fewer self-evaluated projects than the tables given",
                        "performance.selfEvaluatedProjects"));
            }
            boolean complete = summary.selfEvaluatedProjects() != null
                    && summary.selfEvaluatedProjects() == projectScores.size()
                    && projectScores.stream().allMatch(Objects::nonNull);
            if (complete && summary.averageScore() != null) {
                BigDecimal stated = summary.averageScore();
                BigDecimal average = projectScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(projectScores.size()), Math.max(stated.scale(), 0),
                                RoundingMode.HALF_UP);
                if (average.compareTo(stated) != 0) {
                    findings.add(error(AVERAGE, "平均得分 " + stated.toPlainString() + " 分，各项目自评得分的平均为 "
                            + average.toPlainString() + " 分 / the average score is " + average.toPlainString(),
                            "performance.averageScore"));
                }
            }
        }
        return findings;
    }

    private static Finding error(String rule, String message, String field) {
        return new Finding(rule, Finding.Severity.ERROR, message, new Finding.Location("evaluation", field, null));
    }
}
