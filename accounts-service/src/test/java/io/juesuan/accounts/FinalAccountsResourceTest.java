package io.juesuan.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.EventContract;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.TopicReader;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class FinalAccountsResourceTest {

    private static final String TOPIC = "test.accounts.disclosures.v1";
    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static final String NATIVE = FinalAccountsDocuments.nativeSeed();

    /** A fresh department for each test, so reruns against the same database never collide. */
    private static String registerDepartment() {
        String code = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(code))
                .when().put("/api/v1/departments/{code}", code)
                .then().statusCode(201).body("divisionCode", equalTo(code.substring(0, 6)));
        return code;
    }

    private static io.restassured.response.ValidatableResponse put(String dept, String body) {
        return given().contentType(ContentType.JSON).body(body).put(URL, dept, 2020).then();
    }

    @Test
    void linesRoundTripExactlyInYuan() {
        String dept = registerDepartment();
        put(dept, NATIVE).statusCode(201).header("ETag", "\"r1\"").body("status", equalTo("DRAFT"));
        given().get(URL, dept, 2020).then().statusCode(200)
                .header("ETag", "\"r1\"")
                .body("unit", equalTo("元"))
                .body("income", hasSize(11))
                .body("income.find { it.functionCode == '2011302' }.amounts.other", equalTo(77000.00f))
                .body("expenditure", hasSize(14))
                .body("expenditure.find { it.functionCode == '2150899' && it.fund == 'NON_FISCAL' }.amounts.project",
                        equalTo(1207700.00f));
    }

    @Test
    void publishWritesVersionAndEventThenCorrectionNeedsReason() {
        String dept = registerDepartment();
        put(dept, NATIVE).statusCode(201);
        Workflow.submitAndPublish(URL, dept, 2020, "{" + Workflow.APPROVAL + "}")
                .statusCode(200).body("publishedVersion", equalTo(1)).body("approvalNumber", equalTo("鲤财预〔2021〕8号"));
        Problems.assertProblem(Workflow.publish(URL, dept, 2020, "{}"), 409);

        put(dept, NATIVE.replace("\"other\": 7.70", "\"other\": 7.72")).statusCode(200)
                .body("status", equalTo("CORRECTION_DRAFT"));
        Problems.assertInvalidField(Workflow.submitAndPublish(URL, dept, 2020, "{}"), "reason");
        Workflow.publish(URL, dept, 2020, "{\"reason\":\"其他收入更正\"}")
                .statusCode(200).body("publishedVersion", equalTo(2)).body("approvalDate", equalTo("2021-06-18"));

        given().get(URL + "/versions", dept, 2020).then().statusCode(200)
                .body("publishedVersion", equalTo(List.of(1, 2)))
                .body("correctionReason[1]", equalTo("其他收入更正"));
        given().get(URL + "/versions/1", dept, 2020).then().statusCode(200)
                .body("tables.'01'.rows.find { it.code == 'INCOME_TOTAL' }.values.amount", equalTo(842.15f))
                // kept exactly as published: field order and decimals as written, never normalized
                .body(containsString("{\"functionCode\":\"2011301\",\"amounts\":{\"generalBudget\":1619100.00,"));

        List<JsonNode> events = TopicReader.awaitEvents(TOPIC, dept + ":2020", 2);
        assertThat(events).extracting(e -> e.get("publishedVersion").asInt()).containsExactly(1, 2);
        events.forEach(event -> EventContract.assertConforms(event, "accounts.disclosures.v1"));
        JsonNode second = events.get(1);
        assertThat(second.get("type").asText()).isEqualTo("FinalAccountsPublished");
        assertThat(second.at("/payload/department/name").asText()).isEqualTo("泉州市鲤城区工业和信息化局");
        assertThat(second.at("/payload/tables/01/rows").findValues("code").stream().map(JsonNode::asText))
                .contains("INCOME_TOTAL");
        assertThat(second.at("/payload/correctionReason").asText()).isEqualTo("其他收入更正");
    }

    @Test
    void staleIfMatchIsRefusedWithoutLosingTheUpdate() {
        String dept = registerDepartment();
        put(dept, NATIVE).statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"r1\"").body(NATIVE)
                .put(URL, dept, 2020).then().statusCode(200).header("ETag", "\"r2\"");
        Problems.assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"r1\"").body(NATIVE)
                .put(URL, dept, 2020).then(), 412);
        given().get(URL, dept, 2020).then().body("revision", equalTo(2));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        String dept = registerDepartment();
        String good = FinalAccountsDocuments.legacySeed();

        Problems.assertInvalidField(put(dept, good.replace("\"unit\": \"万元\",", "")), "unit");
        Problems.assertInvalidField(put(dept, good.replace("\"unit\": \"万元\"", "\"unit\": \"千元\"")), "unit");
        Problems.assertInvalidField(put(dept, good.replace("\"year\": 2020,", "")), "year");
        Problems.assertInvalidField(put(dept, good.replace("\"year\": 2020,", "\"year\": 2019,")), "year");
        Problems.assertInvalidField(put(dept, good.replace("\"2011350\"", "\"20113S0\"")),
                "income[2].functionCode");
        Problems.assertInvalidField(put(dept, good.replace("\"functionCode\": \"2080501\"", "\"functionCode\": \"20805\"")),
                "income[3].functionCode");
        // 218 is no 类 of 2020: the code's parent cannot exist
        Problems.assertInvalidField(put(dept, good.replace("\"functionCode\": \"2111001\"", "\"functionCode\": \"2181001\"")),
                "income[7].functionCode");
        Problems.assertInvalidField(put(dept, good.replace("\"other\": 7.70", "\"other\": -7.70")),
                "income[1].amounts.other");
        Problems.assertInvalidField(put(dept, good.replace("\"other\": 7.70", "\"other\": \"7.70\"")),
                "income[1].amounts.other");
        Problems.assertInvalidField(put(dept, good.replace("\"other\": 7.70", "\"other\": 7.7000001")),
                "income[1].amounts.other");
        Problems.assertInvalidField(put(dept, good.replace("\"fund\": \"NON_FISCAL\"", "\"fund\": \"OTHER\"")),
                "expenditure[2].fund");
        // the income line given twice (the first occurrence is income[2]'s)
        Problems.assertInvalidField(put(dept, good.replaceFirst("\"2011350\"", "\"2011301\"")),
                "income[2].functionCode");
        // a key given twice in one object is no JSON document: the stated figures' 2011301 twice
        Problems.assertInvalidField(put(dept, good.replace("\"2011350\": {\"amount\"", "\"2011301\": {\"amount\"")),
                "stated").body("errors.message", hasItem(containsString("2011301")));
        Problems.assertInvalidField(put(dept, good.replace("\"subtotal\": 709.66", "\"subtotl\": 709.66")),
                "declared.05.TOTAL.subtotl");
        Problems.assertInvalidField(put(dept, good.replace("\"other\": 7.70", "\"others\": 7.70")),
                "income[1].amounts.others");
        Problems.assertInvalidField(put(dept, good.replace("\"26\": \"抗议特别国债安排的支出\"", "\"27\": \"抗议\"")),
                "printedNames.04.27");
        Problems.assertInvalidField(put(dept, good.replace("\"printedNames\": {\n    \"01\"", "\"printedNames\": {\n    \"02\"")),
                "printedNames.02");
        // a path that is not spelt as a department-year names no resource
        Problems.assertProblem(given().contentType(ContentType.JSON).body(good).put(URL, "35050", 2020).then(), 404);
        Problems.assertProblem(given().contentType(ContentType.JSON).body(good).put(URL, dept, 1899).then(), 404);
        Problems.assertProblem(put(dept, "{\"unit\": "), 400);

        Problems.assertProblem(given().get(URL, dept, 2020).then(), 404);
        Problems.assertProblem(given().contentType(ContentType.JSON).body(good).put(URL, "350502999", 2020).then(),
                404);
    }

    /** Another department, another year (2019: the platform ships no catalogue before 2020's), unknown codes. */
    @Test
    void aDocumentOfAnotherYearWithCodesTheCatalogueLacksLoadsWithWarningsOnly() {
        String dept = registerDepartment();
        String body = NATIVE.replace("\"year\": 2020", "\"year\": 2019")
                .replace("\"functionCode\": \"2159999\"", "\"functionCode\": \"2159998\"");
        given().contentType(ContentType.JSON).body(body).put(URL, dept, 2019).then().statusCode(201)
                .body("findings.severity", everyItem("WARNING"))
                .body("findings.rule", hasItem("ACC-CATALOGUE-OF-ANOTHER-YEAR"))
                .body("findings.find { it.rule == 'ACC-CODE-NOT-IN-CATALOGUE' }.location.row", equalTo("2159998"))
                .body("tables.'01'.rows.findAll { it.level == 'EXPENDITURE' }.size()", equalTo(26));
    }

    @Test
    void codesTheCatalogueLacksLoadWithWarningsNamingThem() {
        String dept = registerDepartment();
        String body = NATIVE.replace("\"functionCode\": \"2159999\"", "\"functionCode\": \"2159998\"")
                .replace("\"functionCode\": \"2299901\",\n      \"fund\"", "\"functionCode\": \"2090101\",\n      \"fund\"");
        put(dept, body).statusCode(201)
                .body("findings.severity", everyItem("WARNING"))
                .body("findings.findAll { it.rule == 'ACC-CODE-NOT-IN-CATALOGUE' }.location.row",
                        equalTo(List.of("20901", "2090101", "2159998")))
                .body("findings.find { it.rule == 'ACC-01-CLASS-OUTSIDE-TEMPLATE' }.location.row", equalTo("209"))
                .body("tables.'01'.rows.code", hasItem("209"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItem(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
