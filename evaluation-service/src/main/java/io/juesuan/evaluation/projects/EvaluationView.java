package io.juesuan.evaluation.projects;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.juesuan.platform.part.PartStatus;

/** The working copy of a department-year's evaluations, with its counters. */
public record EvaluationView(String departmentCode, int year, PartStatus status, long revision, int publishedVersion,
                             @JsonUnwrapped EvaluationContent content) {
}
