package io.juesuan.gateway.readmodel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the gateway follows the services' topics. */
@ConfigMapping(prefix = "juesuan.gateway")
public interface GatewaySettings {

    /** Kafka consumer group of the read model; replicas share it and split the partitions. */
    String consumerGroup();

    /** Whether this instance consumes events (off only for tools that must not move the offsets). */
    @WithDefault("true")
    boolean consumerEnabled();

    /** Pause before retrying after the read model could not store an event, e.g. while PostgreSQL restarts. */
    @WithDefault("1s")
    Duration retryBackoff();

    /** Pause before the read model's consumer starts again after it failed, e.g. on a commit the broker refused. */
    @WithDefault("5s")
    Duration consumerRestartBackoff();

    /** How long the consumer may go without finishing a turn of its loop before the gateway reports not ready. */
    @WithDefault("60s")
    Duration consumerStallAfter();

    /** How long a replay may take to read the topics to their end before it gives up. */
    @WithDefault("10m")
    Duration replayTimeout();
}
