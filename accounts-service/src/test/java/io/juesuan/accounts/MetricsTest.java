package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What Prometheus scrapes: request metrics, the outbox's backlog, the findings published by rule. */
@QuarkusTest
class MetricsTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static final String ROW_NAME = "juesuan_findings_published_total{part=\"final-accounts\",rule=\"ACC-ROW-NAME\","
            + "severity=\"WARNING\"}";

    /** The value of one sample of the exposition, 0 when absent. */
    private static BigDecimal sample(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> new BigDecimal(l.substring(series.length() + 1).trim())).orElse(BigDecimal.ZERO);
    }

    @Test
    void theSeedsPublishedFindingsAreCountedByRuleAndTheOutboxIsWatched() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(DemoData.read("final-accounts.json")).put(URL, dept, 2020)
                .then().statusCode(201);
        BigDecimal before = sample(given().auth().none().get("/q/metrics").asString(), ROW_NAME);

        Workflow.submitAndPublish(URL, dept, 2020, "{}").statusCode(200);

        String metrics = given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString();
        // the seed prints three row names that differ from the catalogue's (tables 01 and 04)
        assertThat(sample(metrics, ROW_NAME).subtract(before)).isEqualByComparingTo("3");
        assertThat(metrics).contains("juesuan_outbox_backlog ").contains("juesuan_outbox_oldest_unsent_age_seconds ")
                .contains("http_server_requests_seconds_count{");
    }
}
