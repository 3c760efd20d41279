package io.juesuan.e2e;

import io.juesuan.platform.testing.DemoData;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** accounts-service: departments and final accounts. */
final class AccountsApi extends PartApi {

    private final String baseUrl;

    AccountsApi(String baseUrl) {
        super(baseUrl, "/api/v1/final-accounts");
        this.baseUrl = baseUrl;
    }

    /** Registers the seed's department under a fresh code and returns that code. */
    String registerSeedDepartment() {
        String code = DemoData.randomDepartmentCode();
        given().baseUri(baseUrl).contentType(ContentType.JSON).body(DemoData.departmentAs(code))
                .when().put("/api/v1/departments/{code}", code).then().statusCode(201);
        return code;
    }
}
