package io.juesuan.evaluation.projects;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.OffsetDateTime;

/** A published version of a department-year's evaluations: the event's payload. */
public record EvaluationSnapshot(String departmentCode, int year, int publishedVersion, OffsetDateTime publishedAt,
                                 String correctionReason, @JsonUnwrapped EvaluationContent content) {
}
