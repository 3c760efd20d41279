package io.juesuan.gateway.readmodel;

/**
 * Announces that a department-year's served version changed, to every gateway replica listening on
 * {@link #CHANNEL}: PostgreSQL delivers it when the announcing transaction commits, never before, and not at all
 * if it rolls back. The payload is "departmentCode/year".
 */
public final class ServedVersionNotice {

    public static final String CHANNEL = "disclosure_head";

    private ServedVersionNotice() {
    }

    /**
     * The {@code RETURNING} clause of an UPDATE of {@code disclosure} rows that announces each row it changed, in the
     * update's own round trip. Read its rows (one per row changed): a statement returning rows is a query to JDBC.
     */
    static final String ANNOUNCE_UPDATED_ROWS =
            "RETURNING pg_notify('" + CHANNEL + "', department_code || '/' || fiscal_year)";
}
