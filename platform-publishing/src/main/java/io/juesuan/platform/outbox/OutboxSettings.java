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

    /** The wait after a row's first failed send; it doubles with each further failure. */
    @WithDefault("1s")
    Duration retryBackoff();

    /** The longest wait between two sends of a row. */
    @WithDefault("30s")
    Duration retryBackoffMax();

    /**
     * Failed sends after which a row the broker refuses (an error that retrying cannot cure, e.g. a record too
     * large) is parked. Failures while the broker is unreachable never park a row: they only delay it.
     */
    @WithDefault("10")
    int parkAfterAttempts();

    /** How long acknowledged and discarded rows are kept before they are deleted. */
    @WithDefault("7d")
    Duration retention();

    /** How often the relay deletes rows older than the retention. */
    @WithDefault("10m")
    Duration pruneInterval();
}
