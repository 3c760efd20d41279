package io.juesuan.gateway.changes;

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
 * {@code juesuan_change_feed_head}: the last sequence of the provincial change feed. Against the services'
 * publications it shows whether the gateway keeps up; its rate is the publications per second.
 */
@ApplicationScoped
public class FeedGauges {

    private final DataSource dataSource;

    FeedGauges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("juesuan.change.feed.head", this, FeedGauges::head)
                .description("last sequence of the change feed").register(registry);
    }

    private double head() {
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT last_sequence FROM change_counter WHERE id = 1")) {
            return row.next() ? row.getLong(1) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
