package io.juesuan.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/** The gateway's own figures for Prometheus: the feed's head and how far the read model trails the topics. */
@QuarkusTest
class MetricsTest {

    @Test
    void theFeedHeadAndTheConsumerLagAreExposed() {
        given().auth().none().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*\\njuesuan_change_feed_head [0-9.E]+\\n.*"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max"));
    }
}
