package io.juesuan.platform.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates a topic that keeps every event (DESIGN §4) when it does not exist yet. Producers call it before their
 * first send, so prefixed test topics need no script.
 */
public final class TopicProvisioner {

    /** Delete policy and no time or size limit: compaction would drop earlier versions from a replay. */
    public static final Map<String, String> KEEP_EVERY_EVENT = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1");

    private TopicProvisioner() {
    }

    public static void ensureTopic(KafkaSettings settings, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(config)) {
            NewTopic newTopic = new NewTopic(topic, settings.partitions(), settings.replicationFactor()).configs(KEEP_EVERY_EVENT);
            admin.createTopics(java.util.List.of(newTopic)).all().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
