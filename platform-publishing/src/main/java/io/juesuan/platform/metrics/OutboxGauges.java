package io.juesuan.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code juesuan_outbox_backlog} (events written, not yet acknowledged by Kafka, still being tried),
 * {@code juesuan_outbox_oldest_unsent_age_seconds} (of those) and {@code juesuan_outbox_parked} (events the relay
 * gave up on, waiting for an administrator with the events of their department-year behind them): a relay that falls
 * behind, a broker that is down or a record it refuses shows here before anyone misses an update. One query serves
 * the gauges of a scrape.
 */
@ApplicationScoped
public class OutboxGauges {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final DataSource dataSource;
    private long readAt;
    private double backlog;
    private double oldestAgeSeconds;
    private double parked;

    OutboxGauges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("juesuan.outbox.backlog", this, g -> g.read().backlog)
                .description("outbox events not yet acknowledged by Kafka").register(registry);
        Gauge.builder("juesuan.outbox.oldest.unsent.age", this, g -> g.read().oldestAgeSeconds)
                .description("age of the oldest unsent outbox event").baseUnit("seconds").register(registry);
        Gauge.builder("juesuan.outbox.parked", this, g -> g.read().parked)
                .description("outbox events the relay gave up on, waiting for an administrator").register(registry);
    }

    private synchronized OutboxGauges read() {
        if (System.nanoTime() - readAt < FRESH_NANOS && readAt != 0) {
            return this;
        }
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("""
                     SELECT count(*) FILTER (WHERE parked_at IS NULL),
                            coalesce(extract(epoch FROM now() - min(timestamp) FILTER (WHERE parked_at IS NULL)), 0),
                            count(*) FILTER (WHERE parked_at IS NOT NULL)
                     FROM outbox_event WHERE published_at IS NULL AND discarded_at IS NULL""")) {
            row.next();
            backlog = row.getLong(1);
            oldestAgeSeconds = row.getDouble(2);
            parked = row.getLong(3);
        } catch (SQLException e) {
            backlog = Double.NaN;
            oldestAgeSeconds = Double.NaN;
            parked = Double.NaN;
        }
        readAt = System.nanoTime();
        return this;
    }
}
