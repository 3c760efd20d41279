package io.juesuan.gateway.disclosures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Every published disclosure of a year, one assembled document per line (JSON Lines), in department order. Read
 * with a database cursor and written as it is read, so a province's year never sits in memory at once.
 */
@ApplicationScoped
public class YearExport {

    private static final int FETCH_SIZE = 200;

    private final DataSource dataSource;

    YearExport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What identifies the export's content: the year's last change and when it was published. */
    record Stamp(long lastSequence, java.time.Instant lastPublishedAt) {
    }

    Stamp stamp(int year) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT max(sequence), max(published_at) FROM change_entry WHERE fiscal_year = ?")) {
            query.setInt(1, year);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                java.sql.Timestamp published = row.getTimestamp(2);
                return new Stamp(row.getLong(1), published == null ? java.time.Instant.EPOCH : published.toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    StreamingOutput of(int year) {
        return output -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement query = connection.prepareStatement("""
                        SELECT CAST(v.document AS text) FROM disclosure d
                        JOIN disclosure_version v USING (department_code, fiscal_year, version)
                        WHERE d.fiscal_year = ? AND d.version > 0 ORDER BY d.department_code""")) {
                    query.setFetchSize(FETCH_SIZE);
                    query.setInt(1, year);
                    Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            writer.write(rows.getString(1));
                            writer.write('\n');
                        }
                    }
                    writer.flush();
                }
                connection.rollback();
            } catch (SQLException e) {
                throw new UncheckedIOException(new java.io.IOException("export of " + year + " failed", e));
            }
        };
    }
}
