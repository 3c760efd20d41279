package io.juesuan.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event waiting for (or done with) the relay. Written in the same transaction as the change it announces.
 * Marking it sent updates its state columns only, never its payload (a whole part, ~100 KB) again.
 */
@Entity
@DynamicUpdate
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Assigned by the database; the relay sends in this order. */
    @Column(insertable = false, updatable = false)
    public Long position;

    @Column(name = "aggregatetype")
    public String aggregateType;

    @Column(name = "aggregateid")
    public String aggregateId;

    public String type;

    public OffsetDateTime timestamp;

    /** The JSON document, as text so that it stays exactly as written. */
    public String payload;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** Failed sends so far. */
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** Not claimed before this, after a failed send (back-off); null when due at once. */
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    /** When the relay gave up on it: rows of its key wait until an administrator retries or discards it. */
    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    @Column(name = "discarded_at")
    public OffsetDateTime discardedAt;

    @Column(name = "discarded_by")
    public String discardedBy;

    @Column(name = "discard_reason")
    public String discardReason;
}
