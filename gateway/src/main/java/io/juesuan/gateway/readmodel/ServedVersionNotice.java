package io.juesuan.gateway.readmodel;

import io.juesuan.gateway.sql.Sql;

/**
 * Announces that a department-year's served version changed, to every gateway replica listening on
 * {@link #CHANNEL}: PostgreSQL delivers it when the announcing transaction commits, never before, and not at all
 * if it rolls back. The payload is "departmentCode/year".
 */
public final class ServedVersionNotice {

    public static final String CHANNEL = "disclosure_head";

    private ServedVersionNotice() {
    }

    static void announce(Sql db, String departmentCode, int year) {
        db.one("SELECT 1 FROM pg_notify(?, ?)", row -> row.getInt(1), CHANNEL, departmentCode + "/" + year);
    }
}
