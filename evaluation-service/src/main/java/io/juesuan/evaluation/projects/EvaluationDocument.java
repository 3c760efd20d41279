package io.juesuan.evaluation.projects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The self-evaluations of a department-year's spending projects, as a client writes them (PUT replaces).
 *
 * @param projects        each evaluated project
 * @param transcribedFrom optional, legacy: the disclosure this document transcribes; a transcript is published as
 *                        printed, its errors shown with it instead of blocking it
 */
public record EvaluationDocument(@NotNull @Size(max = 500) List<@NotNull @Valid ProjectDocument> projects,
                                 @Size(max = 500) String transcribedFrom) {
}
