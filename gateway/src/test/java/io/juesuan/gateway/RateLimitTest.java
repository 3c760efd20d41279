package io.juesuan.gateway;

import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/** Heavy reads per client address, writes per token and per address: beyond the rate, a 429 problem. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallRates.class)
class RateLimitTest {

    /** Rates small enough to reach in a test. */
    public static class SmallRates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("juesuan.rate-limit.enabled", "true",
                    "juesuan.rate-limit.token-writes-per-minute", "4",
                    "juesuan.rate-limit.address-writes-per-minute", "6",
                    "juesuan.rate-limit.address-heavy-reads-per-minute", "3");
        }
    }

    @Test
    void aCallerBeyondItsRateIsToldWhenToComeBack() {
        for (int i = 0; i < 3; i++) {
            given().queryParam("year", 2020).get("/api/v1/stats").then().statusCode(200);
        }
        Problems.assertProblem(given().queryParam("year", 2020).get("/api/v1/stats/compliance").then(), 429)
                .header("Retry-After", notNullValue())
                .header("Retry-After", s -> Integer.parseInt(s), greaterThanOrEqualTo(1));
        // ordinary reads are not limited
        for (int i = 0; i < 20; i++) {
            given().get("/api/v1/disclosures").then().statusCode(200);
        }

        // writes (forwarded to a service that does not answer here: 502) per token, then per address
        String first = Tokens.discloser("350502001");
        for (int i = 0; i < 4; i++) {
            Problems.assertProblem(given().auth().oauth2(first).contentType("application/json").body("{}")
                    .put("/api/v1/final-accounts/350502001/2020").then(), 502);
        }
        Problems.assertProblem(given().auth().oauth2(first).contentType("application/json").body("{}")
                .put("/api/v1/final-accounts/350502001/2020").then(), 429);
        String second = Tokens.discloser("350502002");
        for (int i = 0; i < 2; i++) {
            Problems.assertProblem(given().auth().oauth2(second).contentType("application/json").body("{}")
                    .put("/api/v1/final-accounts/350502002/2020").then(), 502);
        }
        Problems.assertProblem(given().auth().oauth2(second).contentType("application/json").body("{}")
                .put("/api/v1/final-accounts/350502002/2020").then(), 429);
    }
}
