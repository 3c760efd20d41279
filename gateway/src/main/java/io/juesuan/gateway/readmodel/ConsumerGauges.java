package io.juesuan.gateway.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code juesuan_read_model_lag} (records on this replica's partitions not yet applied),
 * {@code juesuan_read_model_last_poll_age_seconds} and {@code juesuan_read_model_consumer_up} (1 while readiness
 * would say so for the consumer): what the alert rules in {@code deploy/k8s/base/alerts.yaml} watch.
 */
@ApplicationScoped
public class ConsumerGauges {

    void register(@Observes StartupEvent event, MeterRegistry registry, ConsumerState state,
                  @Readiness ConsumerReadiness readiness) {
        Gauge.builder("juesuan.read.model.lag", state, ConsumerState::lag)
                .description("records on the assigned partitions not yet applied to the read model").register(registry);
        Gauge.builder("juesuan.read.model.last.poll.age", state, s -> s.sinceLastBeat().toMillis() / 1000.0)
                .description("time since the read model's consumer last polled").baseUnit("seconds")
                .register(registry);
        Gauge.builder("juesuan.read.model.consumer.up", readiness, r -> r.isUp() ? 1 : 0)
                .description("1 while the read model's consumer runs and polls").register(registry);
    }
}
