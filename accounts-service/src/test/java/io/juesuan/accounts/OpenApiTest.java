package io.juesuan.accounts;

import io.juesuan.platform.json.OptionalFigures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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

    @Test
    void optionalFiguresSayThatAbsentIsNotZero() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.ThreePublicCounts.properties.receptionBatches.description",
                        startsWith("公务接待批次. " + OptionalFigures.ABSENT))
                .body("components.schemas.StateAssets.properties.generalEquipment.description",
                        containsString("不视为0"))
                .body("components.schemas.FinalAccountsDocument.properties.officeOperation.description",
                        containsString("absent means the document does not state it"))
                .body("components.schemas.PrintedCell.description", containsString("\"-\" for a dash"))
                .body("components.schemas.PrintedCell.properties", nullValue())
                .body("components.schemas.PrintedCell.oneOf.type", hasItems("number", "string"));
    }
}
