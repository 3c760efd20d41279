package io.juesuan.gateway.readmodel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.events.EventEnvelope;
import io.juesuan.platform.kafka.KafkaSettings;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The three topics the read model follows, and how a record on them becomes a part's event. */
@ApplicationScoped
public class TopicEvents {

    private static final Logger LOG = Logger.getLogger(TopicEvents.class);

    /** An event of one part, checked to belong to its topic. */
    public record PartEvent(Part part, EventEnvelope event) {
    }

    private final KafkaSettings kafka;
    private final ObjectReader envelopes;
    private final Map<String, Part> partByTopic = new HashMap<>();

    TopicEvents(KafkaSettings kafka, ObjectMapper json) {
        this.kafka = kafka;
        // a tolerant reader: a field added to the envelope later must not stop the gateway; the services wrote the
        // events, so the checks on what clients send (a key given twice) are not paid again on every ~90 KB event
        this.envelopes = json.readerFor(EventEnvelope.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .without(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (Part part : Part.values()) {
            partByTopic.put(kafka.topic(part.topic()), part);
        }
    }

    public List<String> topics() {
        return List.copyOf(partByTopic.keySet());
    }

    /**
     * Settings every consumer of these topics shares: string keys, values left as the UTF-8 bytes the broker sent
     * (parsed from them, never decoded to a string first), committed transactions only, bounded polls.
     */
    Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // an event carries a whole published part (~100 KB): a poll and the fetches buffered behind it are bounded
        // in bytes, so that a burst never fills the gateway's heap with records waiting their turn
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 8 * 1024 * 1024);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    KafkaSettings kafka() {
        return kafka;
    }

    /** An event that is not a well-formed envelope of its topic's part is logged and skipped, never a reason to stop. */
    public Optional<PartEvent> read(ConsumerRecord<String, byte[]> record) {
        Part part = partByTopic.get(record.topic());
        if (part == null) {
            return Optional.empty();
        }
        EventEnvelope event;
        try {
            event = envelopes.readValue(record.value());
        } catch (Exception e) {
            LOG.warnf("skipping unreadable event at %s-%d offset %d: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return Optional.empty();
        }
        boolean wellFormed = DepartmentYear.isKey(event.key())
                && event.payload() != null && event.publishedVersion() > 0 && event.eventId() != null
                && event.occurredAt() != null;
        if (!wellFormed) {
            LOG.warnf("skipping malformed event at %s-%d offset %d", record.topic(), record.partition(),
                    record.offset());
            return Optional.empty();
        }
        if (!part.aggregateType().equals(event.aggregateType())) {
            LOG.warnf("skipping %s event on %s: not this topic's part", event.aggregateType(), record.topic());
            return Optional.empty();
        }
        return Optional.of(new PartEvent(part, event));
    }
}
