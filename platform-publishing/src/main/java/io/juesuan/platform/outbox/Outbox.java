package io.juesuan.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Writes events into the outbox table inside the caller's transaction; never talks to Kafka itself. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Event<OutboxWritten> written;

    Outbox(ObjectMapper json, Event<OutboxWritten> written) {
        this.json = json;
        this.written = written;
    }

    /** Records an event; the caller's transaction decides whether it exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope record(String aggregateType, String aggregateId, String type, int publishedVersion,
                                JsonNode payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, aggregateId, aggregateType,
                publishedVersion, OffsetDateTime.now(ZoneOffset.UTC), EventEnvelope.SCHEMA_VERSION,
                payload);
        OutboxEvent row = new OutboxEvent();
        row.id = envelope.eventId();
        row.aggregateType = aggregateType;
        row.aggregateId = aggregateId;
        row.type = type;
        row.timestamp = envelope.occurredAt();
        try {
            row.payload = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event envelope cannot be serialized", e);
        }
        row.persist();
        written.fire(new OutboxWritten(aggregateId));
        return envelope;
    }
}
