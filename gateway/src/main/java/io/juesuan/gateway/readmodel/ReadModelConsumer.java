package io.juesuan.gateway.readmodel;

import io.juesuan.platform.kafka.TopicProvisioner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Follows the three topics into the read model. Events are applied in groups, a group in one database transaction,
 * and the Kafka offset is committed only after that transaction committed: a crash replays events, never skips one, and
 * replays are harmless because a version already held is ignored.
 */
@ApplicationScoped
public class ReadModelConsumer {

    private static final Logger LOG = Logger.getLogger(ReadModelConsumer.class);
    /** Events applied in one transaction: enough to share commits, few enough to keep a poll's latency short. */
    private static final int GROUP = 50;

    private final GatewaySettings settings;
    private final TopicEvents events;
    private final PartEventApplier applier;
    private final ReadModelRepair repair;
    private final MeterRegistry registry;
    private final ConsumerState state;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread worker;

    ReadModelConsumer(GatewaySettings settings, TopicEvents events, PartEventApplier applier,
                      ReadModelRepair repair, MeterRegistry registry, ConsumerState state) {
        this.registry = registry;
        this.state = state;
        this.settings = settings;
        this.events = events;
        this.applier = applier;
        this.repair = repair;
    }

    void start(@Observes StartupEvent event) {
        if (!settings.consumerEnabled()) {
            return;
        }
        running = true;
        state.beat();
        worker = new Thread(this::run, "read-model-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    private void run() {
        try {
            repair.run();
        } catch (RuntimeException e) {
            LOG.error("read model repair failed; the versions it lacks are assembled at the next event", e);
        }
        state.beat();
        provisionTopics();
        while (running) {
            try {
                consume();
            } catch (WakeupException e) {
                if (running) {
                    restartLater(e);
                }
            } catch (RuntimeException e) {
                // e.g. an offset commit the broker could not take: the events since the last commit come again
                restartLater(e);
            }
        }
        state.down("stopped");
    }

    private void restartLater(RuntimeException e) {
        LOG.errorf(e, "read model consumer stopped; it starts again in %s", settings.consumerRestartBackoff());
        state.restarting("crashed, starting again: " + e);
        pause(settings.consumerRestartBackoff());
    }

    /** Polls and applies until stopped or until the consumer fails. */
    private void consume() {
        try (KafkaConsumer<String, byte[]> kafkaConsumer = new KafkaConsumer<>(consumerConfig());
             // the Kafka client's own metrics, records-lag-max among them, removed with the consumer they describe
             KafkaClientMetrics clientMetrics = new KafkaClientMetrics(kafkaConsumer)) {
            consumer = kafkaConsumer;
            clientMetrics.bindTo(registry);
            kafkaConsumer.subscribe(events.topics(), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // replicas split the partitions: which this one applies is worth a line in its log
                    LOG.infof("read model consumer assigned %s", partitions);
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    LOG.debugf("read model consumer revoked %s", partitions);
                }
            });
            while (running) {
                ConsumerRecords<String, byte[]> records = kafkaConsumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty() && !applyAll(kafkaConsumer, records)) {
                    pause(settings.retryBackoff());
                }
                state.polled(lag(kafkaConsumer));
            }
        }
    }

    /** Records behind on the assigned partitions, as the consumer knows without asking the broker. */
    private static long lag(KafkaConsumer<String, byte[]> kafkaConsumer) {
        long behind = 0;
        for (TopicPartition partition : kafkaConsumer.assignment()) {
            behind += kafkaConsumer.currentLag(partition).orElse(0);
        }
        return behind;
    }

    /**
     * Applies a poll's records in groups, each group in one transaction; a group that fails is applied again one
     * record at a time, so only the failing event waits. Returns false when a partition had to be rewound to retry.
     */
    private boolean applyAll(KafkaConsumer<String, byte[]> kafkaConsumer, ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>(records.count());
        records.forEach(polled::add);
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        Set<TopicPartition> rewound = new HashSet<>();
        for (int from = 0; from < polled.size(); from += GROUP) {
            List<ConsumerRecord<String, byte[]>> group = polled.subList(from, Math.min(polled.size(), from + GROUP));
            if (rewound.isEmpty() && applyGroup(group)) {
                group.forEach(record -> done.put(partitionOf(record), new OffsetAndMetadata(record.offset() + 1)));
                continue;
            }
            for (ConsumerRecord<String, byte[]> record : group) {
                TopicPartition partition = partitionOf(record);
                if (rewound.contains(partition)) {
                    continue;
                }
                try {
                    applyOne(record);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (RuntimeException e) {
                    LOG.warnf("event at %s offset %d not applied yet, will retry: %s", partition, record.offset(),
                            e.getMessage());
                    kafkaConsumer.seek(partition, record.offset());
                    rewound.add(partition);
                }
            }
        }
        if (!done.isEmpty()) {
            kafkaConsumer.commitSync(done);
        }
        return rewound.isEmpty();
    }

    /** True when the whole group was applied in one transaction. */
    private boolean applyGroup(List<ConsumerRecord<String, byte[]>> group) {
        List<PartEventApplier.Pending> pending = group.stream()
                .map(record -> new PartEventApplier.Pending(record.key(), () -> events.read(record))).toList();
        try {
            applier.applyAll(pending);
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("a group of %d events failed, applying them one by one: %s", group.size(), e.getMessage());
            return false;
        }
    }

    private void applyOne(ConsumerRecord<String, byte[]> record) {
        events.read(record).ifPresent(e -> applier.apply(e.part(), e.event()));
    }

    private static TopicPartition partitionOf(ConsumerRecord<String, byte[]> record) {
        return new TopicPartition(record.topic(), record.partition());
    }

    /** Topics may not exist yet when the gateway starts before any service published. */
    private void provisionTopics() {
        for (String topic : events.topics()) {
            while (running) {
                try {
                    TopicProvisioner.ensureTopic(events.kafka(), topic);
                    break;
                } catch (Exception e) {
                    LOG.warnf("topic %s not reachable yet: %s", topic, e.getMessage());
                    state.beat();
                    pause(Duration.ofSeconds(2));
                }
            }
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = events.consumerConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup());
        // a replica that died unannounced (SIGKILL, a lost node) yields its partitions after 10 s instead of 45:
        // measured by make chaos, the time until its events flow again through a restarted or another replica
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        return config;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
