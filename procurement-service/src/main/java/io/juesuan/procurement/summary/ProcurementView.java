package io.juesuan.procurement.summary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.juesuan.platform.part.PartStatus;

/** The working copy of a department-year's procurement, with its counters. */
public record ProcurementView(String departmentCode, int year, PartStatus status, long revision, int publishedVersion,
                              @JsonUnwrapped ProcurementContent content) {
}
