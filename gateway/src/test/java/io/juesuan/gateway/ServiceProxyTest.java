package io.juesuan.gateway;

import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
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
    void theGatewayRefusesWhatThePolicyRefusesBeforeForwardingAnything() {
        // refused at the gateway: had they been forwarded, the absent service would have made them 502s
        Problems.assertProblem(given().auth().none().contentType("application/json").body("{}")
                .put("/api/v1/final-accounts/350502001/2020").then(), 401).header("WWW-Authenticate", "Bearer");
        Problems.assertProblem(given().auth().oauth2(Tokens.discloser("350502002")).contentType("application/json")
                .body("{}").put("/api/v1/final-accounts/350502001/2020").then(), 403);
        Problems.assertProblem(given().auth().oauth2(Tokens.reviewer("350503")).contentType("application/json")
                .body("{}").post("/api/v1/final-accounts/350502001/2020/publish").then(), 403);
        Problems.assertProblem(given().auth().oauth2(Tokens.discloser("350502001")).contentType("application/json")
                .body("{}").post("/api/v1/final-accounts/350502001/2020/publish").then(), 403);
        // allowed, so forwarded
        Problems.assertProblem(given().auth().oauth2(Tokens.discloser("350502001")).contentType("application/json")
                .body("{}").put("/api/v1/final-accounts/350502001/2020").then(), 502);
        // published data is public
        Problems.assertProblem(given().auth().none().get("/api/v1/final-accounts/350502001/2020/versions").then(), 502);
        given().auth().none().get("/api/v1/disclosures").then().statusCode(200);
    }

    @Test
    void onlyAnAdminReplays() {
        Problems.assertProblem(given().auth().none().post("/api/v1/admin/replay").then(), 401);
        Problems.assertProblem(given().auth().oauth2(Tokens.reviewer("35")).post("/api/v1/admin/replay").then(), 403);
    }
}
