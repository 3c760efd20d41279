package io.juesuan.gateway.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is not ready while its read model's consumer is down (crashed, stopped) or stalled (no turn of its
 * loop within {@link GatewaySettings#consumerStallAfter()}): it would serve a read model that no longer follows the
 * services. A broker that is away does not count: the consumer keeps polling and the gateway keeps serving what it
 * holds, the lag and the outbox backlogs say how far behind it is.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    private final GatewaySettings settings;
    private final ConsumerState state;

    ConsumerReadiness(GatewaySettings settings, ConsumerState state) {
        this.settings = settings;
        this.state = state;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("read model consumer");
        if (!settings.consumerEnabled()) {
            return response.up().withData("consumer", "disabled").build();
        }
        long sinceBeat = state.sinceLastBeat().toSeconds();
        response.withData("secondsSinceLastPoll", sinceBeat).withData("lag", state.lag())
                .withData("restarts", state.restarts());
        if (state.isDown()) {
            return response.down().withData("reason", state.downBecause()).build();
        }
        if (state.sinceLastBeat().compareTo(settings.consumerStallAfter()) > 0) {
            return response.down().withData("reason", "stalled: no poll for " + sinceBeat + " s").build();
        }
        return response.up().build();
    }

    /** Whether it would answer up now; for the gauge. */
    boolean isUp() {
        return call().getStatus() == HealthCheckResponse.Status.UP;
    }
}
