package io.juesuan.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.platform.testing.DemoData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A blank cell, a dash and a stated zero are three statements: the read model serves each as published, in the
 * table's JSON, its CSV and the year's JSON Lines export; absent figures stay absent.
 */
@QuarkusTest
class PrintedCellsTest {

    private static final String URL = "/api/v1/disclosures/{dept}/{year}";
    private static final PartEvents EVENTS = new PartEvents();
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void closeProducer() {
        EVENTS.close();
    }

    @Test
    void blankDashAndZeroAreServedAsPublishedInJsonCsvAndTheExport() throws Exception {
        String dept = DemoData.randomDepartmentCode();
        ObjectNode payload = PartEvents.finalAccountsPayload(dept, 1, "泉州市鲤城区工业和信息化局", "842.14", null);
        ArrayNode rows = (ArrayNode) payload.at("/tables/01/rows");
        rows.addObject().put("code", "OPENING_BALANCE").put("name", "年初结转和结余").put("level", "BALANCE")
                .putObject("values").putNull("amount");
        ObjectNode dashed = rows.addObject().put("code", "NON_FISCAL_BALANCE_USED").put("name", "使用非财政拨款结余")
                .put("level", "BALANCE");
        dashed.putObject("values").putNull("amount");
        dashed.putObject("marks").put("amount", "-");
        rows.addObject().put("code", "BALANCE_DISTRIBUTION").put("name", "结余分配").put("level", "BALANCE")
                .putObject("values").put("amount", new BigDecimal("0.00"));
        ((ObjectNode) payload.at("/threePublic/actual")).remove("abroad");
        ((ObjectNode) payload.at("/explanations/lines/0")).remove("amount");
        EVENTS.publishFinalAccounts(dept, 1, payload);
        DisclosureApiTest.awaitDisclosureVersion(dept, 1);

        given().get(URL + "/tables/01", dept, 2020).then().statusCode(200)
                .body("rows.find { it.code == 'OPENING_BALANCE' }.values", hasKey("amount"))
                .body("rows.find { it.code == 'OPENING_BALANCE' }.values.amount", nullValue())
                .body("rows.find { it.code == 'OPENING_BALANCE' }", not(hasKey("marks")))
                .body("rows.find { it.code == 'NON_FISCAL_BALANCE_USED' }.values.amount", nullValue())
                .body("rows.find { it.code == 'NON_FISCAL_BALANCE_USED' }.marks.amount", equalTo("-"))
                .body("rows.find { it.code == 'BALANCE_DISTRIBUTION' }.values.amount", equalTo(0.00f));

        String csv = given().accept("text/csv").get(URL + "/tables/01", dept, 2020).then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines()).contains("OPENING_BALANCE,年初结转和结余,BALANCE,",
                "NON_FISCAL_BALANCE_USED,使用非财政拨款结余,BALANCE,-", "BALANCE_DISTRIBUTION,结余分配,BALANCE,0.00");

        String export = given().queryParam("year", 2020).get("/api/v1/disclosures/export").then().statusCode(200)
                .extract().asString();
        JsonNode line = export.lines().map(PrintedCellsTest::read)
                .filter(document -> dept.equals(document.at("/departmentCode").asText())).findFirst().orElseThrow();
        JsonNode exported = line.at("/finalAccounts/tables/01/rows");
        assertThat(row(exported, "OPENING_BALANCE").at("/values").has("amount")).isTrue();
        assertThat(row(exported, "OPENING_BALANCE").at("/values/amount").isNull()).isTrue();
        assertThat(row(exported, "NON_FISCAL_BALANCE_USED").at("/marks/amount").asText()).isEqualTo("-");
        assertThat(row(exported, "BALANCE_DISTRIBUTION").at("/values/amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(line.at("/finalAccounts/threePublic/actual").has("abroad")).isFalse();
        assertThat(line.at("/finalAccounts/explanations/lines/0").has("amount")).isFalse();
    }

    private static JsonNode row(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (code.equals(row.path("code").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
