package io.juesuan.evaluation;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.HostileInput;
import io.juesuan.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** Hostile bodies change nothing and never fail the service. */
@QuarkusTest
class HostileInputTest {

    @Test
    void hostileEvaluationsAreRefusedWholeOrStoredSafely() {
        String path = "/api/v1/evaluations/" + DemoData.randomDepartmentCode() + "/2020";
        String seed = DemoData.read("evaluation.json");
        given().contentType(ContentType.JSON).body(seed).put(path).then().statusCode(201);
        HostileInput.check(RestAssured.port, "PUT", path, path, Tokens.admin(), seed, 400, 20261206L);
    }
}
