package io.juesuan.platform.problem;

import java.sql.SQLException;
import java.util.Set;

/**
 * What a database failure among an exception's causes means for the client: another transaction's change won (a
 * deadlock broken, a serialisation failure, a row inserted by a concurrent first save: send again, 409), or the
 * database cannot be reached (a connection refused or cut, the server shutting down or restarting, no pooled
 * connection in time: try later, 503). Either way the transaction rolled back whole.
 */
enum DatabaseRefusal {
    CONCURRENT_CHANGE,
    UNREACHABLE,
    NONE;

    /** deadlock_detected, serialization_failure, unique_violation, lock_not_available */
    private static final Set<String> CONCURRENT = Set.of("40P01", "40001", "23505", "55P03");
    /** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections; class 08 is added below */
    private static final Set<String> GONE = Set.of("57P01", "57P02", "57P03", "53300");

    static DatabaseRefusal of(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && CONCURRENT.contains(state)) {
                    return CONCURRENT_CHANGE;
                }
                if (state != null && (state.startsWith("08") || GONE.contains(state))) {
                    return UNREACHABLE;
                }
                // the pool's own refusal: no connection within its acquisition timeout
                if (state == null && String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                    return UNREACHABLE;
                }
            }
        }
        return NONE;
    }
}
