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

    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
