package io.juesuan.platform.outbox;

import io.juesuan.platform.kafka.KafkaSettings;
import io.juesuan.platform.kafka.TopicProvisioner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends outbox rows to the service's topic and marks them sent only once the broker acknowledged them. Rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas can relay side by side. A broker outage only
 * delays events: unsent rows stay due and are retried; a row sent twice is harmless because consumers ignore a
 * version they already hold.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM_DUE_ROWS = """
            SELECT * FROM outbox_event WHERE published_at IS NULL
            ORDER BY position LIMIT :limit FOR UPDATE SKIP LOCKED""";

    private final OutboxSettings settings;
    private final KafkaSettings kafka;
    private final EntityManager entityManager;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Producer<String, String> producer;
    private boolean topicReady;
    private boolean failing;

    OutboxRelay(OutboxSettings settings, KafkaSettings kafka, EntityManager entityManager) {
        this.settings = settings;
        this.kafka = kafka;
        this.entityManager = entityManager;
    }

    void start(@Observes StartupEvent event) {
        if (!settings.relayEnabled() || settings.topic().isEmpty()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        }
        if (producer != null) {
            producer.close();
        }
    }

    /** A committed publish wakes the relay so events leave at once instead of at the next poll. */
    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            int sent = 0;
            try {
                sent = relayBatch();
                if (failing) {
                    LOG.info("outbox relay reaches the broker again");
                    failing = false;
                }
            } catch (Exception e) {
                if (!failing) {
                    LOG.warnf("outbox relay cannot send yet, will retry: %s", e.getMessage());
                    failing = true;
                }
            }
            if (sent < settings.batchSize()) {
                awaitWork();
            }
        }
    }

    private void awaitWork() {
        try {
            wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Sends one batch of due rows; returns how many were acknowledged and marked. */
    int relayBatch() throws Exception {
        String topic = kafka.topic(settings.topic().orElseThrow());
        if (!topicReady) {
            TopicProvisioner.ensureTopic(kafka, topic);
            topicReady = true;
        }
        return QuarkusTransaction.requiringNew().call(() -> sendDueRows(topic));
    }

    @SuppressWarnings("unchecked")
    private int sendDueRows(String topic) {
        List<OutboxEvent> due = entityManager.createNativeQuery(CLAIM_DUE_ROWS, OutboxEvent.class)
                .setParameter("limit", settings.batchSize())
                .getResultList();
        List<Future<RecordMetadata>> acks = new ArrayList<>(due.size());
        for (OutboxEvent row : due) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, row.aggregateId, row.payload);
            record.headers().add("id", row.id.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("eventType", row.type.getBytes(StandardCharsets.UTF_8));
            acks.add(producer().send(record));
        }
        long deadline = System.nanoTime() + settings.ackTimeout().toNanos();
        int acknowledged = 0;
        for (int i = 0; i < due.size(); i++) {
            OutboxEvent row = due.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                acknowledged++;
            } catch (Exception e) {
                // Later rows of this batch stay due, keeping the order per key; any of them already delivered
                // arrives twice, which consumers ignore.
                row.attempts++;
                row.lastError = String.valueOf(e.getCause() != null ? e.getCause() : e);
                if (!failing) {
                    LOG.warnf("outbox event %s not acknowledged, will retry: %s", row.id, row.lastError);
                }
                failing = true;
                break;
            }
        }
        return acknowledged;
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000,
                    ProducerConfig.LINGER_MS_CONFIG, 0,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        }
        return producer;
    }
}
