package io.juesuan.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The value of every event on the services' topics: a full snapshot of one published part of a
 * department-year, so a consumer never needs the producer's database.
 *
 * @param eventId          unique id; also the outbox row id and a Kafka header
 * @param type             event type, e.g. {@code FinalAccountsPublished}
 * @param key              {@code departmentCode:year}, also the Kafka key
 * @param aggregateType    the part, e.g. {@code final-accounts}
 * @param publishedVersion 1 for the first publication, +1 for each correction
 * @param occurredAt       when the publication committed
 * @param schemaVersion    version of the payload's JSON Schema
 * @param payload          the published snapshot
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        String key,
        String aggregateType,
        int publishedVersion,
        OffsetDateTime occurredAt,
        int schemaVersion,
        JsonNode payload) {

    public static final int SCHEMA_VERSION = 1;
}
