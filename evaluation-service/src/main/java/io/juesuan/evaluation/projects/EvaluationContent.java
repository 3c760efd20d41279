package io.juesuan.evaluation.projects;

import io.juesuan.evaluation.performance.PerformanceView;
import io.juesuan.platform.findings.Finding;

import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluations of a department-year with the department summary (预算绩效情况说明).
 *
 * @param projects       each evaluated project
 * @param projectCount   how many projects were self-evaluated
 * @param fundsCovered   财政资金 they cover, 万元; null when a project does not state its funds
 * @param summary        预算绩效情况说明: self-evaluations and department evaluations with their grades
 * @param performance    预算绩效管理情况 as the department's summary states it, with its paragraph; null when not given
 * @param transcribedFrom the disclosure a legacy document transcribes, or null for native data
 * @param findings       validation findings
 */
public record EvaluationContent(List<ProjectView> projects, int projectCount, BigDecimal fundsCovered,
                                DepartmentSummary summary, PerformanceView performance, String transcribedFrom,
                                List<Finding> findings) {
}
