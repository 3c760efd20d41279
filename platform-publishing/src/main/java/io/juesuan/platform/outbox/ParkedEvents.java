package io.juesuan.platform.outbox;

import io.juesuan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The rows the relay gave up on, named by their position in the outbox, for an administrator: listed with their
 * errors, tried again once the cause is cured (e.g. the broker's size limit raised), or discarded with a reason so
 * that the rows of their key flow again.
 */
@ApplicationScoped
public class ParkedEvents {

    private final EntityManager entityManager;
    private final Event<OutboxWritten> written;

    ParkedEvents(EntityManager entityManager, Event<OutboxWritten> written) {
        this.entityManager = entityManager;
        this.written = written;
    }

    /** A parked row as an administrator sees it (the payload itself left out: it may be large). */
    public record ParkedEvent(UUID id, long position, String key, String type, OffsetDateTime occurredAt,
                              int attempts, String lastError, OffsetDateTime parkedAt, int payloadChars,
                              long waitingBehind, OffsetDateTime discardedAt, String discardedBy,
                              String discardReason) {
    }

    /** Parked rows, oldest first, after the given position. */
    @Transactional
    public List<ParkedEvent> list(long afterPosition, int limit) {
        return entityManager.createQuery("""
                        FROM OutboxEvent WHERE parkedAt IS NOT NULL AND discardedAt IS NULL AND publishedAt IS NULL
                        AND position > :after ORDER BY position""", OutboxEvent.class)
                .setParameter("after", afterPosition).setMaxResults(limit).getResultList()
                .stream().map(this::view).toList();
    }

    /** Clears the row's failures so the relay sends it at once; 404 unless it is parked. */
    @Transactional
    public ParkedEvent retry(long position) {
        OutboxEvent row = parked(position);
        row.parkedAt = null;
        row.nextAttemptAt = null;
        row.attempts = 0;
        written.fire(new OutboxWritten(row.aggregateId));
        return view(row);
    }

    /** Gives the row up for good: it is never sent, and the rows behind it of its key go out. */
    @Transactional
    public ParkedEvent discard(long position, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "放弃事件须说明理由 / discarding an event needs a reason");
        }
        OutboxEvent row = parked(position);
        row.discardedAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.discardedBy = by;
        row.discardReason = reason.strip();
        written.fire(new OutboxWritten(row.aggregateId));
        return view(row);
    }

    private OutboxEvent parked(long position) {
        return entityManager.createQuery("""
                        FROM OutboxEvent WHERE position = :position AND parkedAt IS NOT NULL AND discardedAt IS NULL
                        AND publishedAt IS NULL""", OutboxEvent.class)
                .setParameter("position", position).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> ProblemException.notFound(
                        "没有这个被搁置的事件 / no parked outbox event at position " + position));
    }

    private ParkedEvent view(OutboxEvent row) {
        long behind = entityManager.createQuery("""
                        SELECT count(*) FROM OutboxEvent WHERE aggregateId = :key AND position > :position
                        AND publishedAt IS NULL AND discardedAt IS NULL""", Long.class)
                .setParameter("key", row.aggregateId).setParameter("position", row.position).getSingleResult();
        return new ParkedEvent(row.id, row.position, row.aggregateId, row.type, row.timestamp, row.attempts,
                row.lastError, row.parkedAt, row.payload.length(), behind, row.discardedAt, row.discardedBy,
                row.discardReason);
    }
}
