package io.juesuan.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/** Where the services listen: the gateway forwards their paths there unchanged (DESIGN §5). */
@ConfigMapping(prefix = "juesuan.gateway.upstream")
public interface Upstreams {

    /** accounts-service: departments and final accounts. */
    URI accounts();

    URI evaluation();

    URI procurement();

    /** How long a forwarded request may wait for the service's answer before the caller gets a 502. */
    @WithDefault("30s")
    Duration timeout();
}
