package io.juesuan.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the Kafka broker is and how topic names are prefixed (tests use their own prefix). */
@ConfigMapping(prefix = "juesuan.kafka")
public interface KafkaSettings {

    /** Comma-separated bootstrap servers. */
    @WithDefault("127.0.0.1:9092")
    String bootstrapServers();

    /** Prefix put before every topic name, e.g. {@code test.}; empty in production. */
    @WithDefault("none")
    String topicPrefix();

    /** Partitions of a topic created by this service when it is missing. */
    @WithDefault("3")
    int partitions();

    /** Replication factor of a topic created by this service; in Kubernetes, KafkaTopic resources create them. */
    @WithDefault("1")
    short replicationFactor();

    /** The full name of a topic after the prefix. */
    default String topic(String name) {
        return "none".equals(topicPrefix()) ? name : topicPrefix() + name;
    }
}
