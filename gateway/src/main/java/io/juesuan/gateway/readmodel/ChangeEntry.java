package io.juesuan.gateway.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** How many columns {@link #COLUMNS} lists, for queries selecting more after them. */
    public static final int COLUMN_COUNT = COLUMNS.split(",").length;

    /** The entry in the current row of a query selecting {@link #COLUMNS}. */
    public static ChangeEntry of(ResultSet row) throws SQLException {
        return new ChangeEntry(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4), row.getInt(5),
                row.getInt(6), row.getString(7), row.getString(8), row.getObject(9, OffsetDateTime.class),
                row.getObject(10, OffsetDateTime.class));
    }
}
