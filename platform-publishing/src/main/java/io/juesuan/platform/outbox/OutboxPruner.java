package io.juesuan.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;

/**
 * Deletes the outbox rows the relay is done with (acknowledged or discarded) once they are older than the
 * retention; unsent and parked rows are never touched. In chunks, so no delete holds many locks for long.
 */
@ApplicationScoped
public class OutboxPruner {

    private static final Logger LOG = Logger.getLogger(OutboxPruner.class);
    private static final int CHUNK = 5_000;

    private final EntityManager entityManager;

    OutboxPruner(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Deletes rows done with before {@code cutoff}; returns how many. */
    public int prune(OffsetDateTime cutoff) {
        int deleted = 0;
        for (String doneAt : new String[] {"published_at", "discarded_at"}) {
            int chunk;
            do {
                chunk = deleteChunk(doneAt, cutoff);
                deleted += chunk;
            } while (chunk == CHUNK);
        }
        if (deleted > 0) {
            LOG.infof("deleted %d outbox rows done with before %s", deleted, cutoff);
        }
        return deleted;
    }

    private int deleteChunk(String doneAt, OffsetDateTime cutoff) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event WHERE " + doneAt
                                + " < :cutoff LIMIT " + CHUNK + ")")
                .setParameter("cutoff", cutoff).executeUpdate());
    }
}
