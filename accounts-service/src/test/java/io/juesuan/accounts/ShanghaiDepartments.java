package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** A fresh department like the Shanghai demo's, under a random code of a province, with a 2024 catalogue loaded. */
final class ShanghaiDepartments {

    static final String DEMO = "310101001";

    private ShanghaiDepartments() {
    }

    /** @param province the two-digit division prefix: 31 prints Shanghai's layout, 35 Fujian's */
    static String register(String province) {
        CatalogueFixtures.ensureShanghaiDemo2024();
        String dept = DemoData.randomDepartmentCodeIn(province);
        given().contentType(ContentType.JSON).body(DemoData.read(DEMO, 2024, "department.json").replace(DEMO, dept))
                .put("/api/v1/departments/{c}", dept).then().statusCode(201);
        return dept;
    }
}
