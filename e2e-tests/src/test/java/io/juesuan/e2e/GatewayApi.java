package io.juesuan.e2e;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Every change-feed entry of a department, pulled from sequence 0 a page at a time as the province does. */
    List<Map<String, Object>> changesOf(String departmentCode) {
        return changes().stream().filter(e -> departmentCode.equals(e.get("departmentCode"))).toList();
    }

    /** The whole change feed from sequence 0. */
    List<Map<String, Object>> changes() {
        List<Map<String, Object>> entries = new ArrayList<>();
        long after = 0;
        for (int call = 0; call < 10_000; call++) {
            JsonPath page = given().baseUri(baseUrl).auth().none().queryParam("after", after).queryParam("limit", 500)
                    .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> got = page.getList("entries");
            if (got.isEmpty()) {
                return entries;
            }
            entries.addAll(got);
            after = page.getLong("next");
        }
        throw new AssertionError("the change feed did not end");
    }
}
