package io.juesuan.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.EventContract;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class FinalAccountsResourceTest {

    private static final String TOPIC = "test.accounts.disclosures.v1";

    /** A fresh department for each test, so reruns against the same database never collide. */
    private static String registerDepartment() {
        String code = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(code))
                .when().put("/api/v1/departments/{code}", code)
                .then().statusCode(201).body("divisionCode", equalTo(code.substring(0, 6)));
        return code;
    }

    private static String finalAccountsUrl() {
        return "/api/v1/final-accounts/{dept}/{year}";
    }

    @Test
    void seedFiguresRoundTripIntoTable01() {
        String dept = registerDepartment();
        given().contentType(ContentType.JSON).body(DemoData.read("final-accounts.json"))
                .when().put(finalAccountsUrl(), dept, 2020)
                .then().statusCode(201)
                .header("ETag", "\"r1\"")
                .body("status", equalTo("DRAFT"))
                .body("unit", equalTo("元"))
                .body("income.generalBudget", equalTo(7096600.00f))
                .body("table01.totalIncome", equalTo(842.14f))
                .body("table01.totalExpenditure", equalTo(842.14f))
                .body("table01.expenditure", hasSize(26))
                .body("table01.expenditure[13].name", equalTo("资源勘探信息等支出"))
                .body("table01.expenditure[13].amount", equalTo(281.84f))
                .body("table01.expenditure[1].amount", nullValue())
                .body("findings", hasSize(0));

        given().when().get(finalAccountsUrl(), dept, 2020)
                .then().statusCode(200)
                .header("ETag", "\"r1\"")
                .body("table01.income[7].name", equalTo("其他收入"))
                .body("table01.income[7].amount", equalTo(132.48f));
    }

    @Test
    void publishWritesVersionAndEventThenCorrectionNeedsReason() {
        String dept = registerDepartment();
        String body = DemoData.read("final-accounts.json");
        given().contentType(ContentType.JSON).body(body).put(finalAccountsUrl(), dept, 2020).then().statusCode(201);

        given().contentType(ContentType.JSON).body("{}")
                .when().post(finalAccountsUrl() + "/publish", dept, 2020)
                .then().statusCode(200).body("publishedVersion", equalTo(1));

        Problems.assertProblem(given().contentType(ContentType.JSON).body("{}")
                .when().post(finalAccountsUrl() + "/publish", dept, 2020).then(), 409);

        String corrected = body.replace("\"other\": 132.48", "\"other\": 132.50");
        given().contentType(ContentType.JSON).body(corrected).put(finalAccountsUrl(), dept, 2020)
                .then().statusCode(200).body("status", equalTo("CORRECTION_DRAFT"));
        Problems.assertInvalidField(given().contentType(ContentType.JSON).body("{}")
                .when().post(finalAccountsUrl() + "/publish", dept, 2020).then(), "reason");
        given().contentType(ContentType.JSON).body("{\"reason\":\"其他收入更正\"}")
                .when().post(finalAccountsUrl() + "/publish", dept, 2020)
                .then().statusCode(200).body("publishedVersion", equalTo(2));

        given().when().get(finalAccountsUrl() + "/versions", dept, 2020)
                .then().statusCode(200).body("publishedVersion", equalTo(List.of(1, 2)))
                .body("correctionReason[1]", equalTo("其他收入更正"));
        given().when().get(finalAccountsUrl() + "/versions/1", dept, 2020)
                .then().statusCode(200).body("table01.totalIncome", equalTo(842.14f))
                // kept exactly as published: field order and decimals as written, never normalized
                .body(containsString("\"income\":{\"generalBudget\":7096600.00,\"governmentFund\":null,"));

        List<JsonNode> events = TopicReader.awaitEvents(TOPIC, dept + ":2020", 2);
        assertThat(events).extracting(e -> e.get("publishedVersion").asInt()).containsExactly(1, 2);
        events.forEach(event -> EventContract.assertConforms(event, "accounts.disclosures.v1"));
        JsonNode second = events.get(1);
        assertThat(second.get("type").asText()).isEqualTo("FinalAccountsPublished");
        assertThat(second.at("/payload/department/name").asText()).isEqualTo("泉州市鲤城区工业和信息化局");
        assertThat(second.at("/payload/table01/totalIncome").decimalValue()).isEqualByComparingTo("842.16");
        assertThat(second.at("/payload/correctionReason").asText()).isEqualTo("其他收入更正");
    }

    @Test
    void staleIfMatchIsRefusedWithoutLosingTheUpdate() {
        String dept = registerDepartment();
        String body = DemoData.read("final-accounts.json");
        given().contentType(ContentType.JSON).body(body).put(finalAccountsUrl(), dept, 2020).then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"r1\"").body(body)
                .put(finalAccountsUrl(), dept, 2020).then().statusCode(200).header("ETag", "\"r2\"");
        Problems.assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"r1\"").body(body)
                .put(finalAccountsUrl(), dept, 2020).then(), 412);
        given().get(finalAccountsUrl(), dept, 2020).then().body("revision", equalTo(2));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        String dept = registerDepartment();
        String good = DemoData.read("final-accounts.json");

        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(good.replace("\"unit\": \"万元\",", "")).put(finalAccountsUrl(), dept, 2020).then(), "unit");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(good.replace("\"code\": \"208\"", "\"code\": \"2O8\"")).put(finalAccountsUrl(), dept, 2020)
                .then(), "expenditureByClass[1].code");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(good.replace("\"other\": 132.48", "\"other\": -132.48")).put(finalAccountsUrl(), dept, 2020)
                .then(), "income.other");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(good.replace("\"other\": 132.48", "\"other\": \"132.48\"")).put(finalAccountsUrl(), dept, 2020)
                .then(), "income.other");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(good.replace("\"unit\": \"万元\"", "\"unit\": \"千元\"")).put(finalAccountsUrl(), dept, 2020)
                .then(), "unit");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(good.replace("\"other\": 132.48", "\"other\": 132.4800001")).put(finalAccountsUrl(), dept, 2020)
                .then(), "income.other");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(good.replace("\"code\": \"229\"", "\"code\": \"201\"")).put(finalAccountsUrl(), dept, 2020)
                .then(), "expenditureByClass[5].code");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(good.replace("\"other\"", "\"others\"")).put(finalAccountsUrl(), dept, 2020)
                .then(), "income.others");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(good).put(finalAccountsUrl(), "35050", 2020).then(), "departmentCode");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(good).put(finalAccountsUrl(), dept, 1899).then(), "year");
        Problems.assertProblem(given().contentType(ContentType.JSON)
                .body("{\"unit\": ").put(finalAccountsUrl(), dept, 2020).then(), 400);

        Problems.assertProblem(given().get(finalAccountsUrl(), dept, 2020).then(), 404);
        Problems.assertProblem(given().contentType(ContentType.JSON).body(good)
                .put(finalAccountsUrl(), "350502999", 2020).then(), 404);
    }

    @Test
    void classOutsideTheYearsTemplateIsAWarningNamingIt() {
        String dept = registerDepartment();
        String body = DemoData.read("final-accounts.json")
                .replace("{ \"code\": \"229\", \"amount\": 5.00 }",
                        "{ \"code\": \"229\", \"amount\": 5.00 }, { \"code\": \"209\", \"amount\": 1.00 }");
        given().contentType(ContentType.JSON).body(body).put(finalAccountsUrl(), dept, 2020)
                .then().statusCode(201)
                .body("findings", hasSize(1))
                .body("findings[0].rule", equalTo("ACC-01-CLASS-OUTSIDE-TEMPLATE"))
                .body("findings[0].severity", equalTo("WARNING"))
                .body("findings[0].location.row", equalTo("209"))
                .body("table01.expenditure", hasSize(27))
                .body("table01.totalExpenditure", equalTo(843.14f));
    }
}
