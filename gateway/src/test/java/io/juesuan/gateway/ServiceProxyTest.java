package io.juesuan.gateway;

import io.juesuan.platform.testing.Problems;
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
}
