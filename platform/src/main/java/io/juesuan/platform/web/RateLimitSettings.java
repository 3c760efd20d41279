package io.juesuan.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/**
 * How many requests a caller may make ({@link RateLimits}): writes per token and per client address, heavy reads
 * per client address. A rate of 0 turns that limit off.
 */
@ConfigMapping(prefix = "juesuan.rate-limit")
public interface RateLimitSettings {

    /** Off in tests that are not about limits, and on a bench stack that measures throughput. */
    @WithDefault("true")
    boolean enabled();

    /** Writes (POST, PUT, PATCH, DELETE) per minute one bearer token may make; as many again may come at once. */
    @WithDefault("120")
    int tokenWritesPerMinute();

    /**
     * Writes per minute from one client address. Off in the services, whose callers all arrive through the
     * gateway's one address; on at the gateway, which sees the clients'.
     */
    @WithDefault("600")
    int addressWritesPerMinute();

    /** Reads of the paths in {@link #heavyPaths()} per minute from one client address. */
    @WithDefault("30")
    int addressHeavyReadsPerMinute();

    /** Path prefixes whose reads are heavy: a province's export, statistics, the compliance list. */
    @WithDefault("/api/v1/disclosures/export,/api/v1/stats")
    List<String> heavyPaths();
}
