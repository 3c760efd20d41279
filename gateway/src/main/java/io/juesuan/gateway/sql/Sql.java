package io.juesuan.gateway.sql;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Statements on the read model's database with JDBC's {@code ?} parameters, in the caller's transaction when there
 * is one: the pool hands every statement of a JTA transaction the connection enlisted in it, and closing that handle
 * leaves the connection to the commit. The gateway's SQL is all written by hand, so it needs no ORM.
 */
@ApplicationScoped
public class Sql {

    /** Maps the current row of a result to a value. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Reads a whole result, from before its first row. */
    @FunctionalInterface
    private interface Result<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailed(sql, e);
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return query(sql, parameters, rows -> {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(row.map(rows));
            }
            return values;
        });
    }

    /** The first row, the rest not read. */
    public <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
        return query(sql, parameters, rows -> rows.next() ? Optional.of(row.map(rows)) : Optional.empty());
    }

    /** The first row of a query that always returns one (an aggregate, a RETURNING, a locked row). */
    public <T> T one(String sql, Row<T> row, Object... parameters) {
        return first(sql, row, parameters).orElseThrow(() -> new SqlFailed(sql, new SQLException("no row")));
    }

    private <T> T query(String sql, Object[] parameters, Result<T> result) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return result.read(rows);
        } catch (SQLException e) {
            throw new SqlFailed(sql, e);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            // untyped: PostgreSQL infers the type from where the parameter stands
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            // the driver maps OffsetDateTime to timestamptz, Instant not at all
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }
}
