package io.juesuan.gateway;

import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.RawHttp;
import io.juesuan.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The forwarding when the service behind a path is down (the services themselves: the end-to-end tests). */
@QuarkusTest
class ServiceProxyTest {

    @Test
    void aServiceThatDoesNotAnswerIsA502ProblemNamingThePath() {
        for (String path : new String[] {"/api/v1/departments/350502001", "/api/v1/final-accounts/350502001/2020",
                "/api/v1/evaluations/350502001/2020", "/api/v1/procurement/350502001/2020/contracts?page=0"}) {
            Problems.assertProblem(given().get(path).then(), 502)
                    .body("type", equalTo("https://juesuan.io/problems/upstream-unavailable"))
                    .body("instance", containsString("/api/v1/"));
        }
        Problems.assertProblem(given().contentType("application/json").body("{}")
                .put("/api/v1/final-accounts/350502001/2020").then(), 502);
    }

    @Test
    void theGatewaysOwnPathsAndUnknownOnesAreNotForwarded() {
        Problems.assertProblem(given().get("/api/v1/disclosures/350502998/2020").then(), 404);
        given().get("/api/v1/departmentsx").then().statusCode(404);
    }

    @Test
    void onlyTheCanonicalSpellingOfAPathIsForwardedAndTheServiceDecidesWhoMayCallIt() {
        // forwarded whoever calls: the owning service decides (the absent service makes them 502s)
        Problems.assertProblem(given().auth().none().contentType("application/json").body("{}")
                .put("/api/v1/final-accounts/350502001/2020").then(), 502);
        Problems.assertProblem(given().auth().oauth2(Tokens.discloser("350502001")).contentType("application/json")
                .body("{}").post("/api/v1/final-accounts/350502001/2020/publish").then(), 502);
        Problems.assertProblem(given().get("/api/v1/procurement/350502001/2020/contracts/12?page=0&q=a%2Fb").then(),
                502);
        // refused at the gateway, never forwarded: any other spelling of a path names nothing
        for (String path : new String[] {"//api/v1/final-accounts/350502001/2020", "/api/v1//final-accounts/350502001/2020",
                "/api/v1/final-accounts//350502001/2020", "/api/v1/final-accounts/350502001/2020/publish/",
                "/api/v1/%66inal-accounts/350502001/2020", "/api/v1/final-accounts/350502001%2F2020",
                "/api/v1/final-accounts/350502001/2020%2Fpublish", "/api/v1/final-accounts/350502001/./2020",
                "/api/v1/final-accounts/350502001/x/../2020", "/api/v1/final-accounts/350502001/%2e%2e/2020",
                "/api/v1/final-accounts;x=1/350502001/2020", "/api/v1/final-accounts/350502001/2020;x=1",
                "/api/v1/final-accounts/350502001/02020", "/api/v1/final-accounts/350502001/+2020",
                "/api/v1/final-accounts/350502001/%2B2020", "/api/v1/final-accounts/350502001/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%90",
                "/api/v1/procurement/350502001/2020/contracts/012", "/api/v1/Final-Accounts/350502001/2020"}) {
            for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
                RawHttp.Answer answer = RawHttp.send(RestAssured.port, method, path, null, "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8));
                assertThat(answer.status()).as(method + " " + path).isEqualTo(404);
                assertThat(answer.contentType()).as(method + " " + path).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void onlyAnAdminReplays() {
        Problems.assertProblem(given().auth().none().post("/api/v1/admin/replay").then(), 401);
        Problems.assertProblem(given().auth().oauth2(Tokens.reviewer("35")).post("/api/v1/admin/replay").then(), 403);
    }
}
