package io.juesuan.gateway.sql;

import java.sql.SQLException;

/** A statement the database refused or could not run; unchecked, so the surrounding transaction rolls back. */
public class SqlFailed extends RuntimeException {

    SqlFailed(String sql, SQLException cause) {
        super(cause.getMessage() + " [" + sql.strip().replaceAll("\\s+", " ") + "]", cause);
    }
}
