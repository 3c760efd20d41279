package io.juesuan.evaluation.projects;

import io.juesuan.evaluation.performance.PerformanceManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The self-evaluations of a department-year's spending projects, as a client writes them (PUT replaces).
 *
 * @param projects        each evaluated project; none where the disclosure gives a summary only
 * @param performance     optional: 预算绩效管理情况 as a department summary (the Shanghai template's), with or
 *                        without per-project tables
 * @param transcribedFrom optional, legacy: the disclosure this document transcribes; a transcript is published as
 *                        printed, its errors shown with it instead of blocking it
 */
public record EvaluationDocument(@NotNull @Size(max = 500) List<@NotNull @Valid ProjectDocument> projects,
                                 @Valid PerformanceManagement performance,
                                 @Size(max = 500) String transcribedFrom) {
}
