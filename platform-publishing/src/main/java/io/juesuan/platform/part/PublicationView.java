package io.juesuan.platform.part;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One publication of a part, as listed under {@code .../versions}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationView(String departmentCode, int year, int publishedVersion, OffsetDateTime publishedAt,
                              String correctionReason, String approvalNumber, LocalDate approvalDate) {

    static PublicationView of(PublishedSnapshot snapshot) {
        String[] key = snapshot.aggregateId.split(":");
        return new PublicationView(key[0], Integer.parseInt(key[1]), snapshot.publishedVersion,
                snapshot.publishedAt, snapshot.correctionReason, snapshot.approvalNumber, snapshot.approvalDate);
    }
}
