package io.juesuan.procurement.summary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.OffsetDateTime;

/** A published version of a department-year's procurement: the event's payload. */
public record ProcurementSnapshot(String departmentCode, int year, int publishedVersion, OffsetDateTime publishedAt,
                                  String correctionReason, @JsonUnwrapped ProcurementContent content) {
}
