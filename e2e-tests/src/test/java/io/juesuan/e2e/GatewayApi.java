package io.juesuan.e2e;

import io.restassured.response.ValidatableResponse;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The gateway's public disclosure API. */
final class GatewayApi {

    private final String baseUrl;

    GatewayApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    ValidatableResponse disclosure(String departmentCode, int year) {
        return given().baseUri(baseUrl).when().get("/api/v1/disclosures/{dept}/{year}", departmentCode, year).then();
    }

    /** Waits until the gateway serves {@code version} of {@code part} (finalAccounts, evaluation, procurement). */
    void awaitVersion(String departmentCode, int year, String part, int version, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().baseUri(baseUrl).get("/api/v1/disclosures/{dept}/{year}", departmentCode, year);
            return response.statusCode() == 200
                    && Integer.valueOf(version).equals(response.path("versions." + part));
        });
    }
}
