package io.juesuan.gateway.readmodel;

import java.time.OffsetDateTime;

/**
 * One publication or correction of a part, as the change feed lists it.
 *
 * @param sequence    the feed's gap-free number, given once and never changed
 * @param part        the part's aggregate type, e.g. {@code final-accounts}
 * @param partVersion the part's published version
 * @param version     the version of the assembled disclosure this change produced
 * @param kind        {@code PUBLICATION} for a part's first version, {@code CORRECTION} after
 * @param reason      the correction's reason as the publisher recorded it
 */
public record ChangeEntry(long sequence, String departmentCode, int year, String part, int partVersion, int version,
                          String kind, String reason, OffsetDateTime publishedAt, OffsetDateTime recordedAt) {

    public static final String COLUMNS = "sequence, department_code, fiscal_year, part, part_version, version, kind, reason, "
            + "published_at, recorded_at";

    public static ChangeEntry of(Object[] row) {
        return new ChangeEntry(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(),
                (String) row[3], ((Number) row[4]).intValue(), ((Number) row[5]).intValue(), (String) row[6],
                (String) row[7], Timestamps.of(row[8]), Timestamps.of(row[9]));
    }
}
