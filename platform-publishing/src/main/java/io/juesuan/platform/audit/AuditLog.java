package io.juesuan.platform.audit;

import io.agroal.api.AgroalDataSource;
import io.juesuan.platform.web.EarlyRefusals;
import io.juesuan.platform.web.WriteMethods;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The service's audit log in its own database (table {@code audit_entry}, append-only by trigger). Entries are
 * appended in order by one writer thread, off the request's path, so that a refusal answered on the event loop is
 * logged as surely as a write; a read waits for what was appended before it.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    /** Entries waiting for the writer; beyond this (the database long unreachable) new ones are dropped, and said. */
    private static final int BACKLOG = 10_000;
    private static final String INSERT = "INSERT INTO audit_entry (subject, role, method, route, path, department_code, "
            + "year, revision_before, revision_after, status, outcome, remote_address, forwarded_for) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final AgroalDataSource database;
    private final ExecutorService writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(BACKLOG), runnable -> {
                Thread thread = new Thread(runnable, "audit-log-writer");
                thread.setDaemon(true);
                return thread;
            });

    AuditLog(AgroalDataSource database) {
        this.database = database;
    }

    /** Appends the entry soon, after every entry appended before it. */
    public void append(AuditEntry entry) {
        try {
            writer.execute(() -> insert(entry));
        } catch (RejectedExecutionException e) {
            LOG.errorf("audit log backlog full: %s %s by %s (%d) not logged", entry.method(), entry.path(),
                    entry.subject(), entry.status());
        }
    }

    /** A write refused before it reached the REST layer: its route is unknown, its caller not signed in. */
    void onRefusedEarly(@Observes EarlyRefusals.RefusedEarly refused) {
        if (WriteMethods.isWrite(refused.method())) {
            append(new AuditEntry(null, null, null, null, refused.method(), "-", refused.path(), null, null, null,
                    null, refused.status(), AuditEntry.REFUSED, refused.remoteAddress(), refused.forwardedFor()));
        }
    }

    /** Waits until every entry appended so far is written, at most {@code timeout}. */
    public void awaitWritten(Duration timeout) {
        try {
            writer.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            LOG.warnf("audit log writer still busy after %s", timeout);
        }
    }

    /**
     * Entries after {@code afterId}, oldest first, at or after {@code from} when given, of one department or of
     * the departments under a division prefix ({@code ""} for all, entries without a department included).
     */
    public List<AuditEntry> read(String departmentCode, String divisionPrefix, OffsetDateTime from, long afterId,
                                 int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, subject, role, method, route, path, department_code, "
                + "year, revision_before, revision_after, status, outcome, remote_address, forwarded_for "
                + "FROM audit_entry WHERE id > ?");
        List<Object> parameters = new ArrayList<>(List.of(afterId));
        if (departmentCode != null) {
            sql.append(" AND department_code = ?");
            parameters.add(departmentCode);
        } else if (!divisionPrefix.isEmpty()) {
            sql.append(" AND department_code LIKE ?");
            parameters.add(divisionPrefix + "%");
        }
        if (from != null) {
            sql.append(" AND at >= ?");
            parameters.add(from);
        }
        sql.append(" ORDER BY id LIMIT ?");
        parameters.add(limit);
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getLong(1), rows.getObject(2, OffsetDateTime.class),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getString(7), rows.getString(8), (Integer) rows.getObject(9),
                            (Long) rows.getObject(10), (Long) rows.getObject(11), rows.getInt(12), rows.getString(13),
                            rows.getString(14), rows.getString(15)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log cannot be read", e);
        }
    }

    private void insert(AuditEntry entry) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, cut(entry.subject(), 200));
            statement.setString(2, entry.role());
            statement.setString(3, entry.method());
            statement.setString(4, cut(entry.route(), 200));
            statement.setString(5, cut(entry.path(), 500));
            statement.setString(6, entry.departmentCode());
            setNullable(statement, 7, entry.year(), Types.INTEGER);
            setNullable(statement, 8, entry.revisionBefore(), Types.BIGINT);
            setNullable(statement, 9, entry.revisionAfter(), Types.BIGINT);
            statement.setInt(10, entry.status());
            statement.setString(11, entry.outcome());
            statement.setString(12, cut(entry.remoteAddress(), 100));
            statement.setString(13, cut(entry.forwardedFor(), 200));
            statement.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "audit entry not written: %s %s by %s (%d)", entry.method(), entry.path(), entry.subject(),
                    entry.status());
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Object value, int type)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value, type);
        }
    }

    /** Text as the columns hold it: what a caller sent is cut, never a reason to lose the entry. */
    private static String cut(String text, int length) {
        if (text == null) {
            return null;
        }
        String plain = text.replace('\u0000', '?');
        return plain.length() <= length ? plain : plain.substring(0, length);
    }

    @PreDestroy
    void drain() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
