package io.juesuan.gateway.disclosures;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.juesuan.gateway.readmodel.ServedVersionNotice;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Hears, on every gateway replica, when a department-year's served version changes ({@link ServedVersionNotice}),
 * and drops that department-year's cached copy ({@link NewestDocuments}). One pooled connection stays listening.
 */
@ApplicationScoped
public class HeadNotices {

    private static final Logger LOG = Logger.getLogger(HeadNotices.class);

    private final AgroalDataSource dataSource;
    private final NewestDocuments documents;
    private volatile boolean running;
    private Thread worker;

    HeadNotices(AgroalDataSource dataSource, NewestDocuments documents) {
        this.dataSource = dataSource;
        this.documents = documents;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::run, "head-notices");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    private void run() {
        boolean failing = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
                if (failing) {
                    LOG.info("listening to disclosure changes again");
                    failing = false;
                }
            } catch (SQLException | RuntimeException e) {
                if (!failing) {
                    LOG.warnf("not listening to disclosure changes, reads go to the database: %s", e.getMessage());
                    failing = true;
                }
            } finally {
                documents.listening(false);
            }
            pause();
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + ServedVersionNotice.CHANNEL);
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        documents.listening(true);
        while (running) {
            PGNotification[] notices = postgres.getNotifications(500);
            if (notices != null) {
                for (PGNotification notice : notices) {
                    documents.changed(notice.getParameter());
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
