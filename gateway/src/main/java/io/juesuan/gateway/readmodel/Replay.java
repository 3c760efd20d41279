package io.juesuan.gateway.readmodel;

import io.juesuan.gateway.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads every topic from its first offset to the end it had when the replay started and applies each event again.
 * With {@code rebuild} the part versions and assembled versions are dropped first and built anew from the events;
 * the change feed is kept, so every publication finds its entry and the feed gains nothing. The live consumer keeps
 * running meanwhile: both apply idempotently under the same row locks.
 */
@ApplicationScoped
public class Replay {

    private static final Logger LOG = Logger.getLogger(Replay.class);

    private final TopicEvents events;
    private final PartEventApplier applier;
    private final Sql db;
    private final GatewaySettings settings;

    Replay(TopicEvents events, PartEventApplier applier, Sql db, GatewaySettings settings) {
        this.events = events;
        this.applier = applier;
        this.db = db;
        this.settings = settings;
    }

    /** What a replay read and what it added. */
    public record Report(boolean rebuild, long events, long newPartVersions, long newChanges, long disclosureVersions,
                         long millis) {
    }

    public synchronized Report run(boolean rebuild) {
        long started = System.nanoTime();
        if (rebuild) {
            dropDerivedState();
        }
        long read = 0;
        long partVersions = 0;
        long changes = 0;
        long versions = 0;
        long deadline = System.nanoTime() + settings.replayTimeout().toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(events.consumerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : events.topics()) {
                for (PartitionInfo info : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (!reachedEnd(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("replay did not reach the topics' end within "
                            + settings.replayTimeout());
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    read++;
                    var event = events.read(record);
                    if (event.isPresent()) {
                        PartEventApplier.Applied applied = applier.apply(event.get().part(), event.get().event());
                        partVersions += applied.newPartVersion() ? 1 : 0;
                        changes += applied.newChange() ? 1 : 0;
                        versions += applied.disclosureVersions();
                    }
                }
            }
        }
        Report report = new Report(rebuild, read, partVersions, changes, versions,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        LOG.infof("replay done: %s", report);
        return report;
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** The change feed and its counter stay: they are the numbering a rebuild must reproduce, not derive. */
    @Transactional
    void dropDerivedState() {
        db.update("DELETE FROM disclosure_version");
        db.update("DELETE FROM part_version");
    }
}
