package io.juesuan.gateway.web;

import jakarta.ws.rs.core.StreamingOutput;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * An answer as long as the province, written as its rows are read. PostgreSQL's driver reads with a cursor (a
 * statement's fetch size) only inside a transaction, so the writer gets a connection of its own with one open;
 * the read changes nothing, and the transaction ends in a rollback.
 */
public final class CursorOutput {

    /** Reads with the connection's cursor and writes to the response as it goes. */
    @FunctionalInterface
    public interface Writer {
        void write(Connection connection, OutputStream output) throws SQLException, IOException;
    }

    private CursorOutput() {
    }

    /** @param what names the answer in the error when the database fails midway */
    public static StreamingOutput of(DataSource dataSource, String what, Writer writer) {
        return output -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                writer.write(connection, output);
                connection.rollback();
            } catch (SQLException e) {
                throw new IOException(what + " failed", e);
            }
        };
    }
}
