package io.juesuan.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.EventContract;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Tokens;
import io.juesuan.platform.testing.TopicReader;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A year's batch: many department-years registered, saved, submitted and published in one transaction, or none. */
@QuarkusTest
class BatchPublicationTest {

    private static final String BATCH = "/api/v1/final-accounts/{year}/batch";
    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static final String TOPIC = "test.accounts.disclosures.v1";
    private static final String NATIVE = FinalAccountsDocuments.nativeSeed();
    private static final String APPROVED = "{" + Workflow.APPROVAL + "}";

    private static String item(String dept, String document, String publication) {
        return "{\"department\":" + DemoData.departmentAs(dept) + ",\"document\":" + document
                + (publication == null ? "" : ",\"publication\":" + publication) + "}";
    }

    private static String batch(String... items) {
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    private static ValidatableResponse send(String body) {
        return given().contentType(ContentType.JSON).body(body).post(BATCH, 2020).then();
    }

    private static List<String> departments(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(DemoData.randomDepartmentCode());
        }
        return codes;
    }

    /** A random department of a division, never one the tests keep as the demo (001) or as unknown (998, 999). */
    private static String departmentIn(String division) {
        return division + ThreadLocalRandom.current().nextInt(100, 900);
    }

    private static void assertNothingStored(List<String> codes) {
        for (String dept : codes) {
            Problems.assertProblem(given().get("/api/v1/departments/{c}", dept).then(), 404);
            Problems.assertProblem(given().get(URL, dept, 2020).then(), 404);
        }
    }

    @Test
    void everyDepartmentYearIsRegisteredSavedAndPublishedWithItsEvent() {
        List<String> codes = departments(3);
        send(batch(codes.stream().map(dept -> item(dept, NATIVE, APPROVED)).toArray(String[]::new)))
                .statusCode(200)
                .body("year", equalTo(2020)).body("published", equalTo(3))
                .body("items.departmentCode", equalTo(codes))
                .body("items.publishedVersion", equalTo(List.of(1, 1, 1)))
                .body("items.revision", equalTo(List.of(1, 1, 1)))
                .body("items.errors", equalTo(List.of(0, 0, 0)));
        for (String dept : codes) {
            given().get("/api/v1/departments/{c}", dept).then().statusCode(200).body("code", equalTo(dept));
            given().get(URL, dept, 2020).then().statusCode(200).body("status", equalTo("PUBLISHED"));
            given().get(URL + "/versions/1", dept, 2020).then().statusCode(200)
                    .body("approval.number", equalTo("鲤财预〔2021〕8号"))
                    .body("tables.'01'.rows.find { it.code == 'INCOME_TOTAL' }.values.amount", equalTo(842.15f));
            JsonNode event = TopicReader.awaitEvents(TOPIC, dept + ":2020", 1).get(0);
            EventContract.assertConforms(event, "accounts.disclosures.v1");
            assertThat(event.get("publishedVersion").asInt()).isEqualTo(1);
            assertThat(event.at("/payload/department/code").asText()).isEqualTo(dept);
        }
    }

    @Test
    void aBadItemFailsTheWholeBatchAndNamesItsField() {
        List<String> codes = departments(2);
        Problems.assertInvalidField(send(batch(item(codes.get(0), NATIVE, APPROVED),
                item(codes.get(1), NATIVE.replace("\"other\": 7.70", "\"other\": -7.70"), APPROVED))),
                "items[1].document.income[1].amounts.other");
        Problems.assertInvalidField(send(batch(item(codes.get(0), NATIVE, APPROVED),
                item(codes.get(1), NATIVE.replace("\"year\": 2020,", "\"year\": 2019,"), APPROVED))),
                "items[1].document.year");
        Problems.assertInvalidField(send(batch(item(codes.get(0), NATIVE, APPROVED), item(codes.get(1), NATIVE, "{}"))),
                "items[1].publication.approvalNumber");
        Problems.assertInvalidField(send(batch(item(codes.get(0), NATIVE, APPROVED), item(codes.get(0), NATIVE, APPROVED))),
                "items[1].department.code");
        assertNothingStored(codes);
    }

    @Test
    void errorsAmongTheFindingsBlockTheBatch() {
        List<String> codes = departments(2);
        String unbalanced = NATIVE.replace("\"other\": 7.70", "\"other\": 107.70");
        Problems.assertProblem(send(batch(item(codes.get(0), NATIVE, APPROVED), item(codes.get(1), unbalanced, APPROVED))),
                422).body("errors.field", hasItem("items[1]"));
        assertNothingStored(codes);
    }

    @Test
    void onlyAReviewerOfEveryDepartmentsDivisionPublishesTheBatch() {
        List<String> codes = Arrays.asList(departmentIn("350502"), departmentIn("350503"));
        String body = batch(item(codes.get(0), NATIVE, APPROVED), item(codes.get(1), NATIVE, APPROVED));
        Problems.assertProblem(given().auth().oauth2(Tokens.reviewer("350502")).contentType(ContentType.JSON).body(body)
                .post(BATCH, 2020).then(), 403).body("errors.field", hasItem("items[1].department.code"));
        Problems.assertProblem(given().auth().oauth2(Tokens.discloser(codes.get(0))).contentType(ContentType.JSON)
                .body(body).post(BATCH, 2020).then(), 403);
        assertNothingStored(codes);
        given().auth().oauth2(Tokens.reviewer("3505")).contentType(ContentType.JSON).body(body).post(BATCH, 2020)
                .then().statusCode(200).body("published", equalTo(2));
    }

    @Test
    void aDepartmentYearPublishedBeforeIsCorrectedWithItsReason() {
        String dept = DemoData.randomDepartmentCode();
        send(batch(item(dept, NATIVE, APPROVED))).statusCode(200);
        String corrected = NATIVE.replace("\"other\": 7.70", "\"other\": 7.72");
        Problems.assertInvalidField(send(batch(item(dept, corrected, null))), "items[0].publication.reason");
        send(batch(item(dept, corrected, "{\"reason\":\"其他收入更正\"}"))).statusCode(200)
                .body("items[0].publishedVersion", equalTo(2)).body("items[0].revision", equalTo(2));
        given().get(URL + "/versions", dept, 2020).then().statusCode(200)
                .body("publishedVersion", equalTo(List.of(1, 2)))
                .body("correctionReason[1]", equalTo("其他收入更正"))
                .body("approvalNumber[1]", equalTo("鲤财预〔2021〕8号"));
    }

    @Test
    void aBatchHoldsOneToAHundredDepartmentYears() {
        Problems.assertInvalidField(send("{\"items\":[]}"), "items");
        Problems.assertInvalidField(send(batch(departments(101).stream().map(d -> item(d, NATIVE, APPROVED))
                .toArray(String[]::new))), "items");
    }
}
