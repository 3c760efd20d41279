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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends outbox rows to the service's topic and marks them sent only once the broker acknowledged them. Rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas can relay side by side. A failed row is tried
 * again after a back-off that doubles ({@link RetrySchedule}); one the broker keeps refusing is parked for an
 * administrator ({@link ParkedEvents}). Either way only the rows of its own key wait behind it. A broker outage
 * only delays events; a row sent twice is harmless because consumers ignore a version they already hold. Rows done
 * with are deleted after the retention ({@link OutboxPruner}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * Due rows in position order, but none behind an unsent row of its own key that waits (backing off or parked):
     * order per key is the promise, other keys flow past.
     */
    private static final String CLAIM_DUE_ROWS = """
            SELECT * FROM outbox_event o
            WHERE o.published_at IS NULL AND o.discarded_at IS NULL AND o.parked_at IS NULL
              AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= now())
              AND NOT EXISTS (SELECT 1 FROM outbox_event earlier
                              WHERE earlier.aggregateid = o.aggregateid AND earlier.position < o.position
                                AND earlier.published_at IS NULL AND earlier.discarded_at IS NULL
                                AND (earlier.parked_at IS NOT NULL OR earlier.next_attempt_at > now()))
            ORDER BY o.position LIMIT :limit FOR UPDATE OF o SKIP LOCKED""";
    private static final String FIRST_UNSENT_BY_KEY = """
            SELECT aggregateid, min(position) FROM outbox_event
            WHERE aggregateid IN (:keys) AND published_at IS NULL AND discarded_at IS NULL
            GROUP BY aggregateid""";

    private final OutboxSettings settings;
    private final KafkaSettings kafka;
    private final EntityManager entityManager;
    private final RetrySchedule retries;
    private final OutboxPruner pruner;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Producer<String, String> producer;
    private boolean topicReady;
    private boolean failing;
    /** Whether a row of the current batch failed: the relay is not back while rows still fail. */
    private boolean batchFailed;
    private long prunedAt = System.nanoTime();

    OutboxRelay(OutboxSettings settings, KafkaSettings kafka, EntityManager entityManager, OutboxPruner pruner) {
        this.settings = settings;
        this.kafka = kafka;
        this.entityManager = entityManager;
        this.retries = RetrySchedule.of(settings);
        this.pruner = pruner;
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
                batchFailed = false;
                sent = relayBatch();
                if (failing && !batchFailed) {
                    LOG.info("outbox relay reaches the broker again");
                    failing = false;
                }
            } catch (Exception e) {
                if (!failing) {
                    LOG.warnf("outbox relay cannot send yet, will retry: %s", e.getMessage());
                    failing = true;
                }
            }
            pruneWhenDue();
            if (sent < settings.batchSize()) {
                awaitWork();
            }
        }
    }

    private void pruneWhenDue() {
        if (System.nanoTime() - prunedAt < settings.pruneInterval().toNanos()) {
            return;
        }
        prunedAt = System.nanoTime();
        try {
            pruner.prune(OffsetDateTime.now(ZoneOffset.UTC).minus(settings.retention()));
        } catch (RuntimeException e) {
            LOG.warnf("outbox rows past their retention not deleted yet, will retry: %s", e.getMessage());
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
        // one row per key at a time: a key's next row leaves only once the broker acknowledged the one before
        Map<String, Deque<OutboxEvent>> byKey = new LinkedHashMap<>();
        due.forEach(row -> byKey.computeIfAbsent(row.aggregateId, key -> new ArrayDeque<>()).add(row));
        byKey.keySet().removeAll(heldElsewhere(byKey));
        int acknowledged = 0;
        Round round = new Round(0, true);
        while (!byKey.isEmpty() && round.brokerAnswers()) {
            round = sendRound(topic, byKey);
            acknowledged += round.acknowledged();
        }
        return acknowledged;
    }

    /**
     * The keys with an earlier unsent row this batch did not claim: another replica's relay holds it (SKIP LOCKED
     * passed it by), so this one leaves the key's later rows for after it.
     */
    @SuppressWarnings("unchecked")
    private Set<String> heldElsewhere(Map<String, Deque<OutboxEvent>> byKey) {
        if (byKey.isEmpty()) {
            return Set.of();
        }
        List<Object[]> firsts = entityManager.createNativeQuery(FIRST_UNSENT_BY_KEY)
                .setParameter("keys", byKey.keySet()).getResultList();
        Set<String> held = new HashSet<>();
        for (Object[] first : firsts) {
            String key = (String) first[0];
            if (((Number) first[1]).longValue() < byKey.get(key).peek().position) {
                held.add(key);
            }
        }
        return held;
    }

    /** How many rows of a round were acknowledged, and whether the broker can take another round. */
    private record Round(int acknowledged, boolean brokerAnswers) {
    }

    /** Sends the first waiting row of each key and awaits the acknowledgements; a failed row holds back its key. */
    private Round sendRound(String topic, Map<String, Deque<OutboxEvent>> byKey) {
        List<OutboxEvent> sent = new ArrayList<>(byKey.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(byKey.size());
        boolean brokerAnswers = true;
        for (Iterator<Deque<OutboxEvent>> keys = byKey.values().iterator(); keys.hasNext(); ) {
            Deque<OutboxEvent> rows = keys.next();
            OutboxEvent row = rows.poll();
            if (rows.isEmpty()) {
                keys.remove();
            }
            Future<RecordMetadata> ack = send(topic, row);
            sent.add(row);
            acks.add(ack);
            if (unreachable(ack)) {
                // the client gave up before sending (no broker to ask): the rest of the batch stays as it is
                brokerAnswers = false;
                break;
            }
        }
        long deadline = System.nanoTime() + settings.ackTimeout().toNanos();
        int acknowledged = 0;
        for (int i = 0; i < sent.size(); i++) {
            OutboxEvent row = sent.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                row.nextAttemptAt = null;
                acknowledged++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed(row, e, byKey);
                brokerAnswers = false;
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                failed(row, cause, byKey);
                brokerAnswers &= !RetrySchedule.retriable(cause);
            }
        }
        return new Round(acknowledged, brokerAnswers);
    }

    private Future<RecordMetadata> send(String topic, OutboxEvent row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, row.aggregateId, row.payload);
        record.headers().add("id", row.id.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", row.type.getBytes(StandardCharsets.UTF_8));
        try {
            return producer().send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** True when the send failed at once with an error of reach (no metadata in time, producer closed). */
    private static boolean unreachable(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return RetrySchedule.retriable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Schedules the row's next try (or parks it); the rows behind it of its key wait for it. */
    private void failed(OutboxEvent row, Throwable error, Map<String, Deque<OutboxEvent>> byKey) {
        byKey.remove(row.aggregateId);
        retries.failed(row, error, OffsetDateTime.now(ZoneOffset.UTC));
        if (row.parkedAt != null) {
            LOG.errorf("outbox event %s (%s of %s) parked after %d failed sends, the events of %s wait for an "
                    + "administrator to retry or discard it: %s", row.id, row.type, row.aggregateId, row.attempts,
                    row.aggregateId, row.lastError);
        } else if (!failing) {
            LOG.warnf("outbox event %s not acknowledged, will retry: %s", row.id, row.lastError);
        }
        failing = true;
        batchFailed = true;
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
