package io.juesuan.accounts;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The OpenAPI document shows the import with the seed as its example, and the review steps. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theImportIsDocumentedWithTheSeedAsItsExample() {
        String put = "paths.'/api/v1/final-accounts/{departmentCode}/{year}'.put.requestBody.content."
                + "'application/json'.examples.'seed-2020'.value";
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(put + ".year", equalTo(2020))
                .body(put + ".unit", equalTo("万元"))
                .body(put + ".profile.units.size()", equalTo(3))
                .body(put + ".stated.'2080502'.percent", equalTo(10.32f))
                .body("paths.keySet()", hasItems("/api/v1/final-accounts/{departmentCode}/{year}/submit",
                        "/api/v1/final-accounts/{departmentCode}/{year}/return",
                        "/api/v1/final-accounts/{departmentCode}/{year}/explanations",
                        "/api/v1/validation-rules"));
    }
}
