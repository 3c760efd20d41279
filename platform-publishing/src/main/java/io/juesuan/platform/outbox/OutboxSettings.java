package io.juesuan.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How the outbox relay runs. */
@ConfigMapping(prefix = "juesuan.outbox")
public interface OutboxSettings {

    /** The topic (before the prefix) this service's events go to; a service without one runs no relay. */
    Optional<String> topic();

    /** Whether this instance runs a relay; several replicas may, rows are claimed with SKIP LOCKED. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for rows when nothing woke it, e.g. after a broker outage. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Most rows sent in one relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** Longest wait for the broker's acknowledgement of a batch. */
    @WithDefault("20s")
    Duration ackTimeout();
}
