package io.juesuan.evaluation.report;

import java.util.List;

/**
 * The report as read back.
 *
 * @param scoreLines the per-二级 lines generated from the table, so the report cannot contradict it
 * @param grade      "自评得分等次：优" from the table's total
 * @param sections   the sections as written
 * @param stated     the score lines a legacy report states
 */
public record ReportView(List<String> scoreLines, String grade, List<ReportSection> sections,
                         List<StatedGroupScore> stated) {
}
