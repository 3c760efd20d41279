package io.juesuan.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric the alert rules of {@code deploy/k8s/base/alerts.yaml} watch is one the running services or the
 * gateway expose: a renamed gauge cannot leave an alert that never fires.
 */
class AlertRulesTest {

    private static final Pattern METRIC = Pattern.compile("\\bjuesuan_[a-z_]+\\b");

    @Test
    void everyMetricAnAlertWatchesIsExposed() throws IOException {
        LocalStack stack = LocalStack.get();
        String rules = Files.readString(stack.root.resolve("deploy/k8s/base/alerts.yaml"));
        Set<String> watched = new TreeSet<>();
        for (String line : rules.lines().filter(l -> l.trim().startsWith("expr:")).toList()) {
            Matcher metric = METRIC.matcher(line);
            while (metric.find()) {
                watched.add(metric.group());
            }
        }
        assertThat(watched).contains("juesuan_outbox_parked", "juesuan_read_model_lag");
        String exposed = scrape(stack.accounts) + scrape(stack.evaluation) + scrape(stack.procurement)
                + scrape(stack.gateway);
        for (String metric : watched) {
            assertThat(exposed).as("a sample of " + metric).containsPattern("(?m)^" + metric + "(\\{| )");
        }
    }

    private static String scrape(ServiceProcess service) {
        return given().baseUri(service.url()).get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
