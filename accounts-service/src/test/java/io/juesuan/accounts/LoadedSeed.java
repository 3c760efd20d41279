package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/**
 * The seed's 2020 final accounts, loaded as printed through the API once per test run under a fresh department
 * code. Call it from a test or a {@code @BeforeEach}: RestAssured knows the test port only then.
 */
final class LoadedSeed {

    static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static String department;

    private LoadedSeed() {
    }

    static synchronized String department() {
        if (department == null) {
            String code = DemoData.randomDepartmentCode();
            given().contentType(ContentType.JSON).body(DemoData.departmentAs(code))
                    .put("/api/v1/departments/{c}", code).then().statusCode(201);
            given().contentType(ContentType.JSON).body(FinalAccountsDocuments.legacySeed()).put(URL, code, 2020)
                    .then().statusCode(201);
            department = code;
        }
        return department;
    }
}
