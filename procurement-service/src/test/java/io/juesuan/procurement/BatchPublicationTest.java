package io.juesuan.procurement;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.EventContract;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A year's batch of procurement: each department-year's contracts stored whole and published, or none. */
@QuarkusTest
class BatchPublicationTest {

    private static final String BATCH = "/api/v1/procurement/{year}/batch";
    private static final String PART = "/api/v1/procurement/{dept}/{year}";
    private static final String CONTRACTS = "["
            + contract("LC-2021-001", "GOODS", "120000.00", "914403001922038216", "LARGE") + ","
            + contract("LC-2021-003", "SERVICES", "300000.00", "91350502MA2Y0A2C4C", "SMALL") + "]";

    private static String contract(String number, String category, String amount, String creditCode, String scale) {
        return "{\"number\": \"" + number + "\", \"title\": \"采购项目\", \"category\": \"" + category
                + "\", \"method\": \"COMPETITIVE_CONSULTATION\", \"amount\": " + amount
                + ", \"awardDate\": \"2021-03-02\", \"reservedForSme\": false, \"supplier\": {\"name\": \"某公司\", "
                + "\"creditCode\": \"" + creditCode + "\", \"scale\": \"" + scale + "\"}}";
    }

    private static String item(String dept, String contracts) {
        return item(dept, contracts, "null");
    }

    private static String item(String dept, String contracts, String publication) {
        return "{\"departmentCode\":\"" + dept + "\",\"contracts\":" + contracts + ",\"publication\":" + publication
                + "}";
    }

    private static ValidatableResponse send(String... items) {
        return given().contentType(ContentType.JSON).body("{\"items\":[" + String.join(",", items) + "]}")
                .post(BATCH, 2021).then();
    }

    @Test
    void everyDepartmentYearsContractsArePublishedWithItsEvent() {
        List<String> codes = List.of(DemoData.randomDepartmentCode(), DemoData.randomDepartmentCode());
        send(item(codes.get(0), CONTRACTS), item(codes.get(1), "[]")).statusCode(200)
                .body("published", equalTo(2)).body("items.publishedVersion", equalTo(List.of(1, 1)));
        given().get(PART, codes.get(0), 2021).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("contractSummary.total", equalTo(42.00f)).body("contractSummary.smallMicro", equalTo(30.00f));
        given().get(PART + "/contracts", codes.get(0), 2021).then().body("total", equalTo(2));
        JsonNode event = TopicReader.awaitEvents("test.procurement.summaries.v1", codes.get(0) + ":2021", 1).get(0);
        EventContract.assertConforms(event, "procurement.summaries.v1");
        assertThat(event.at("/payload/contractSummary/total").decimalValue()).isEqualByComparingTo("42.00");

        // a second batch gives the department-year whole again: its contracts replace the first ones
        send(item(codes.get(0), "[" + contract("LC-2021-009", "WORKS", "10000.00", "914403001922038216", "LARGE")
                + "]", "{\"reason\":\"合同更正\"}")).statusCode(200)
                .body("items[0].publishedVersion", equalTo(2));
        given().get(PART + "/contracts", codes.get(0), 2021).then().body("total", equalTo(1));
    }

    @Test
    void aBadSupplierCodeFailsTheWholeBatchAndNamesItsPlace() {
        List<String> codes = List.of(DemoData.randomDepartmentCode(), DemoData.randomDepartmentCode());
        String badCode = "[" + contract("LC-2021-001", "GOODS", "120000.00", "914403001922038217", "LARGE") + "]";
        Problems.assertInvalidField(send(item(codes.get(0), CONTRACTS), item(codes.get(1), badCode)),
                "items[1].contracts[0].supplier.creditCode");
        for (String dept : codes) {
            Problems.assertProblem(given().get(PART, dept, 2021).then(), 404);
        }
    }
}
