package io.juesuan.gateway.readmodel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.juesuan.platform.events.EventEnvelope;
import io.juesuan.platform.kafka.KafkaSettings;
import io.juesuan.platform.kafka.TopicProvisioner;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Follows the three topics into the read model. Each event is applied in its own database transaction, and the
 * Kafka offset is committed only after that transaction committed: a crash replays events, never skips one, and
 * replays are harmless because a version already held is ignored.
 */
@ApplicationScoped
public class ReadModelConsumer {

    private static final Logger LOG = Logger.getLogger(ReadModelConsumer.class);

    private final GatewaySettings settings;
    private final KafkaSettings kafka;
    private final PartEventApplier applier;
    private final ObjectReader envelopes;
    private final Map<String, Part> partByTopic = new HashMap<>();
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread worker;

    ReadModelConsumer(GatewaySettings settings, KafkaSettings kafka, PartEventApplier applier, ObjectMapper json) {
        this.settings = settings;
        this.kafka = kafka;
        this.applier = applier;
        // a tolerant reader: a field added to the envelope later must not stop the gateway
        this.envelopes = json.readerFor(EventEnvelope.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (Part part : Part.values()) {
            partByTopic.put(kafka.topic(part.topic()), part);
        }
    }

    void start(@Observes StartupEvent event) {
        if (!settings.consumerEnabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "read-model-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    private void run() {
        provisionTopics();
        try (KafkaConsumer<String, String> kafkaConsumer = new KafkaConsumer<>(consumerConfig())) {
            consumer = kafkaConsumer;
            kafkaConsumer.subscribe(List.copyOf(partByTopic.keySet()));
            while (running) {
                ConsumerRecords<String, String> records = kafkaConsumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty() && !applyAll(kafkaConsumer, records)) {
                    pause(settings.retryBackoff());
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("read model consumer stopped", e);
        }
    }

    /** Applies a batch; returns false when a partition had to be rewound to retry an event. */
    private boolean applyAll(KafkaConsumer<String, String> kafkaConsumer, ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean allApplied = true;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                try {
                    applyOne(record);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (RuntimeException e) {
                    LOG.warnf("event at %s offset %d not applied yet, will retry: %s", partition, record.offset(),
                            e.getMessage());
                    kafkaConsumer.seek(partition, record.offset());
                    allApplied = false;
                    break;
                }
            }
        }
        if (!done.isEmpty()) {
            kafkaConsumer.commitSync(done);
        }
        return allApplied;
    }

    private void applyOne(ConsumerRecord<String, String> record) {
        Part part = partByTopic.get(record.topic());
        Optional<EventEnvelope> event = parse(record);
        if (event.isEmpty() || part == null) {
            return;
        }
        if (!part.aggregateType().equals(event.get().aggregateType())) {
            LOG.warnf("skipping %s event on %s: not this topic's part", event.get().aggregateType(), record.topic());
            return;
        }
        applier.apply(part, event.get());
    }

    /** An event that is not a well-formed envelope is logged and skipped, never a reason to stop. */
    private Optional<EventEnvelope> parse(ConsumerRecord<String, String> record) {
        try {
            EventEnvelope event = envelopes.readValue(record.value());
            boolean wellFormed = event.key() != null && event.key().matches("^[0-9]{9}:[0-9]{4}$")
                    && event.payload() != null && event.publishedVersion() > 0 && event.eventId() != null
                    && event.occurredAt() != null;
            if (!wellFormed) {
                LOG.warnf("skipping malformed event at %s-%d offset %d", record.topic(), record.partition(),
                        record.offset());
                return Optional.empty();
            }
            return Optional.of(event);
        } catch (Exception e) {
            LOG.warnf("skipping unreadable event at %s-%d offset %d: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Topics may not exist yet when the gateway starts before any service published. */
    private void provisionTopics() {
        for (String topic : partByTopic.keySet()) {
            while (running) {
                try {
                    TopicProvisioner.ensureTopic(kafka, topic);
                    break;
                } catch (Exception e) {
                    LOG.warnf("topic %s not reachable yet: %s", topic, e.getMessage());
                    pause(Duration.ofSeconds(2));
                }
            }
        }
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
