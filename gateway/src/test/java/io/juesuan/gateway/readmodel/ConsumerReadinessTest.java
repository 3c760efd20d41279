package io.juesuan.gateway.readmodel;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Readiness follows the read model's consumer: up while it polls, down (503, with the reason) once it has stopped,
 * up again when it runs; the gauge the alert rule watches says the same.
 */
@QuarkusTest
class ConsumerReadinessTest {

    private static final String CHECK = "checks.find { it.name == 'read model consumer' }";

    @Inject
    ReadModelConsumer consumer;

    @Test
    void theGatewayIsNotReadyWhileItsConsumerIsStopped() throws InterruptedException {
        awaitReady();
        given().auth().none().get("/q/health/ready").then().statusCode(200)
                .body(CHECK + ".status", equalTo("UP"));
        assertThat(upGauge()).isEqualTo("1.0");
        try {
            consumer.stop(null);
            given().auth().none().get("/q/health/ready").then().statusCode(503)
                    .body(CHECK + ".status", equalTo("DOWN"))
                    .body(CHECK + ".data.reason", equalTo("stopped"));
            assertThat(upGauge()).isEqualTo("0.0");
        } finally {
            consumer.start(null);
        }
        awaitReady();
    }

    private static String upGauge() {
        return given().auth().none().get("/q/metrics").asString().lines()
                .filter(line -> line.startsWith("juesuan_read_model_consumer_up ")).findFirst().orElseThrow()
                .substring("juesuan_read_model_consumer_up ".length()).trim();
    }

    private static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (given().auth().none().get("/q/health/ready").statusCode() != 200) {
            assertThat(System.nanoTime()).as("the gateway is ready again").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
