package io.juesuan.evaluation.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The report (绩效评价报告) of a project.
 *
 * @param sections the sections as written
 * @param stated   legacy: the per-二级 score lines the report states, checked against the table
 */
public record ReportDocument(@Size(max = 100) List<@NotNull @Valid ReportSection> sections,
                             @Size(max = 100) List<@NotNull @Valid StatedGroupScore> stated) {
}
