package io.juesuan.gateway.changes;

import io.juesuan.gateway.sql.SqlFailed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code juesuan_change_feed_head}: the last sequence of the provincial change feed. Against the services'
 * publications it shows whether the gateway keeps up; its rate is the publications per second.
 */
@ApplicationScoped
public class FeedGauges {

    private final ChangeFeed feed;

    FeedGauges(ChangeFeed feed) {
        this.feed = feed;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("juesuan.change.feed.head", this, FeedGauges::head)
                .description("last sequence of the change feed").register(registry);
    }

    /** Not a number while the database cannot answer: a scrape never fails for it. */
    private double head() {
        try {
            return feed.head();
        } catch (SqlFailed e) {
            return Double.NaN;
        }
    }
}
