package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** 第一部分 部门概况 and the state assets: kept as given, refused when impossible, checked against 三公. */
@QuarkusTest
class ProfileTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static final String SEED = FinalAccountsDocuments.legacySeed();

    private static ValidatableResponse put(String dept, String body) {
        return given().contentType(ContentType.JSON).body(body).put(URL, dept, 2020).then();
    }

    private static String registerDepartment() {
        String code = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(code)).put("/api/v1/departments/{c}", code)
                .then().statusCode(201);
        return code;
    }

    @Test
    void theSeedsProfileIsKeptInPrintedOrder() {
        given().get(URL, LoadedSeed.department(), 2020).then().statusCode(200)
                .body("profile.duties", startsWith("鲤城区工信局部门的主要职责是："))
                .body("profile.units.name", equalTo(java.util.List.of("鲤城区工业和信息化局", "鲤城区企业服务中心",
                        "鲤城区大数据应用中心")))
                .body("profile.units.headcount.sum()", equalTo(19))
                .body("profile.units[0].kind", equalTo("ADMINISTRATIVE"))
                .body("assets.vehicles.other", equalTo(0));
    }

    @Test
    void impossibleProfilesAreRefusedNamingTheField() {
        String dept = registerDepartment();
        Problems.assertInvalidField(put(dept, SEED.replace("\"name\": \"鲤城区大数据应用中心\"", "\"name\": \"鲤城区企业服务中心\"")),
                "profile.units[2].name");
        Problems.assertInvalidField(put(dept, SEED.replace("\"headcount\": 11", "\"headcount\": -1")),
                "profile.units[1].headcount");
        Problems.assertInvalidField(put(dept, SEED.replace("\"kind\": \"INSTITUTION\"", "\"kind\": \"CLUB\"")),
                "profile.units[1].kind");
        Problems.assertInvalidField(put(dept, SEED.replace("\"generalEquipment\": 0", "\"generalEquipment\": -2")),
                "assets.generalEquipment");
        Problems.assertProblem(given().get(URL, dept, 2020).then(), 404);
    }

    @Test
    void moreOfficialVehiclesThanTheAssetsHoldIsAWarning() {
        String dept = registerDepartment();
        put(dept, SEED.replace("\"vehiclesHeld\": 0", "\"vehiclesHeld\": 2").replace("\"lawEnforcement\": 0",
                "\"lawEnforcement\": 1")).statusCode(201)
                .body("findings.findAll { it.rule == 'ACC-VEHICLES-HELD-LE-ASSETS' }.severity", hasItem("WARNING"));
    }
}
