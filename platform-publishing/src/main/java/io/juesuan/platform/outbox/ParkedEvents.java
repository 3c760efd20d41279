package io.juesuan.platform.outbox;

import io.juesuan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A row as an administrator sees it: its state, its payload's length, and how many rows of its key wait. */
    private static final String VIEW = """
            SELECT e.id, e.position, e.aggregateId, e.type, e.timestamp, e.attempts, e.lastError, e.parkedAt,
                   length(e.payload),
                   (SELECT count(*) FROM OutboxEvent b WHERE b.aggregateId = e.aggregateId AND b.position > e.position
                    AND b.publishedAt IS NULL AND b.discardedAt IS NULL),
                   e.discardedAt, e.discardedBy, e.discardReason
            FROM OutboxEvent e""";
    private static final String PARKED = "e.parkedAt IS NOT NULL AND e.discardedAt IS NULL AND e.publishedAt IS NULL";

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
        return entityManager.createQuery(VIEW + " WHERE " + PARKED + " AND e.position > :after ORDER BY e.position",
                        Object[].class)
                .setParameter("after", afterPosition).setMaxResults(limit).getResultList()
                .stream().map(ParkedEvents::view).toList();
    }

    /** Clears the row's failures so the relay sends it at once; 404 unless it is parked. */
    @Transactional
    public ParkedEvent retry(long position) {
        update(position, "e.parkedAt = NULL, e.nextAttemptAt = NULL, e.attempts = 0", Map.of());
        return woken(position);
    }

    /** Gives the row up for good: it is never sent, and the rows behind it of its key go out. */
    @Transactional
    public ParkedEvent discard(long position, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "放弃事件须说明理由 / discarding an event needs a reason");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("now", OffsetDateTime.now(ZoneOffset.UTC));
        values.put("by", by);
        values.put("reason", reason.strip());
        update(position, "e.discardedAt = :now, e.discardedBy = :by, e.discardReason = :reason", values);
        return woken(position);
    }

    /** Changes the parked row in place (its payload, perhaps megabytes, is never read); 404 unless it is parked. */
    private void update(long position, String assignments, Map<String, Object> values) {
        var update = entityManager.createQuery("UPDATE OutboxEvent e SET " + assignments + " WHERE e.position = "
                + ":position AND " + PARKED).setParameter("position", position);
        values.forEach(update::setParameter);
        if (update.executeUpdate() == 0) {
            throw ProblemException.notFound("没有这个被搁置的事件 / no parked outbox event at position " + position);
        }
    }

    /** The row as it is now, after waking the relay for its key once this transaction commits. */
    private ParkedEvent woken(long position) {
        ParkedEvent row = view(entityManager.createQuery(VIEW + " WHERE e.position = :position", Object[].class)
                .setParameter("position", position).getSingleResult());
        written.fire(new OutboxWritten(row.key()));
        return row;
    }

    private static ParkedEvent view(Object[] cells) {
        return new ParkedEvent((UUID) cells[0], (Long) cells[1], (String) cells[2], (String) cells[3],
                (OffsetDateTime) cells[4], (Integer) cells[5], (String) cells[6], (OffsetDateTime) cells[7],
                ((Number) cells[8]).intValue(), (Long) cells[9], (OffsetDateTime) cells[10], (String) cells[11],
                (String) cells[12]);
    }
}
