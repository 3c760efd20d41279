package io.juesuan.gateway.disclosures;

import io.juesuan.gateway.web.CursorOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import javax.sql.DataSource;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
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

    /**
     * Documents per round trip, ~90 KB each. With 200 read as strings, exporting 5,000 filled the heap to its cap
     * and left the gateway 55 MB larger, in 5.3 s; with 16 written as the driver's bytes, 18 MB larger, in 2.5 s.
     */
    private static final int FETCH_SIZE = 16;
    private static final int BUFFER_BYTES = 64 * 1024;

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
        return CursorOutput.of(dataSource, "export of " + year, (connection, output) -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT v.document FROM disclosure d
                    JOIN disclosure_version v USING (department_code, fiscal_year, version)
                    WHERE d.fiscal_year = ? AND d.version > 0 ORDER BY d.department_code""")) {
                query.setFetchSize(FETCH_SIZE);
                query.setInt(1, year);
                OutputStream out = new BufferedOutputStream(output, BUFFER_BYTES);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        // the driver's bytes of the text as they came, already UTF-8: no String between
                        out.write(rows.getBytes(1));
                        out.write('\n');
                    }
                }
                out.flush();
            }
        });
    }
}
