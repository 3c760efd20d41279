package io.juesuan.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.testing.EventContract;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.TopicReader;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native document states 08's (and, where printed, 09's) 年初/年末结转和结余 by 项 ({@code balances.byItem}): the
 * columns sum up from them, their totals must be 04's balances of the fund, and a balance the layout has no column
 * for, or of a fund no table prints by 项, is refused.
 */
@QuarkusTest
class FundBalancesByItemTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static final String TOPIC = "test.accounts.disclosures.v1";
    /** A government-fund 项 of 2024: 10.00 carried in, 30.00 received, 25.00 spent, 15.00 carried out. */
    private static final String DOCUMENT = """
            {"year": 2024, "unit": "万元",
             "income": [{"functionCode": "2120801", "amounts": {"governmentFund": 30.00}}],
             "expenditure": [{"functionCode": "2120801", "fund": "GOVERNMENT_FUND", "amounts": {"project": 25.00}}],
             "balances": {"opening": {"governmentFund": 10.00}, "closing": {"governmentFund": 15.00},
                          "byItem": [%s]}}""";

    @Test
    void theBalancesByItemFill08AndAgreeWith04() {
        String dept = ShanghaiDepartments.register("31");
        JsonPath saved = save(dept, DOCUMENT.formatted(
                "{\"functionCode\": \"2120801\", \"fund\": \"GOVERNMENT_FUND\", \"opening\": 10.00, \"closing\": 15.00}"))
                .statusCode(201).extract().jsonPath();
        assertThat(saved.getString("tables.'08'.rows.find { it.code == '2120801' }.values.openingBalance"))
                .isEqualTo("10.0");
        assertThat(saved.getString("tables.'08'.rows.find { it.code == '212' }.values.closingBalance"))
                .isEqualTo("15.0");
        assertThat(saved.getString("tables.'08'.rows.find { it.code == 'TOTAL' }.values.openingBalance"))
                .isEqualTo("10.0");
        assertThat(saved.getList("findings.rule")).doesNotContain("ACC-08-09-BALANCE-EQ-04", "ACC-BALANCE",
                "ACC-SUBTOTAL");
        // read back as given, in yuan like every stored figure
        assertThat(saved.getString("balances.byItem[0].opening")).isEqualTo("100000.0");

        // published, the event carries them, and holds to the topic's contract
        Workflow.submitAndPublish(URL, dept, 2024, "{" + Workflow.APPROVAL + "}").statusCode(200);
        JsonNode event = TopicReader.awaitEvents(TOPIC, dept + ":2024", 1).get(0);
        EventContract.assertConforms(event, "accounts.disclosures.v1");
        assertThat(event.at("/payload/balances/byItem/0/closing").decimalValue()).isEqualByComparingTo("150000");

        JsonPath off = save(dept, DOCUMENT.formatted(
                "{\"functionCode\": \"2120801\", \"fund\": \"GOVERNMENT_FUND\", \"opening\": 12.00, \"closing\": 15.00}"))
                .statusCode(200).extract().jsonPath();
        assertThat(off.getString("findings.find { it.rule == 'ACC-08-09-BALANCE-EQ-04' }.severity")).isEqualTo("ERROR");
        assertThat(off.getMap("findings.find { it.rule == 'ACC-08-09-BALANCE-EQ-04' }.location"))
                .containsEntry("table", "08").containsEntry("row", "TOTAL").containsEntry("column", "openingBalance");
    }

    @Test
    void aBalanceNoTablePrintsIsRefusedNamingTheField() {
        String shanghai = ShanghaiDepartments.register("31");
        Problems.assertInvalidField(save(shanghai, DOCUMENT.formatted(
                "{\"functionCode\": \"2120801\", \"fund\": \"GENERAL_BUDGET\", \"opening\": 1.00}")),
                "balances.byItem[0].fund");
        Problems.assertInvalidField(save(shanghai, DOCUMENT.formatted(
                "{\"functionCode\": \"2120801\", \"fund\": \"GOVERNMENT_FUND\"}")), "balances.byItem[0]");
        Problems.assertInvalidField(save(shanghai, DOCUMENT.formatted(
                "{\"functionCode\": \"2120801\", \"fund\": \"GOVERNMENT_FUND\", \"opening\": 1.00}, "
                        + "{\"functionCode\": \"2120801\", \"fund\": \"GOVERNMENT_FUND\", \"closing\": 1.00}")),
                "balances.byItem[1].functionCode");
        Problems.assertInvalidField(save(shanghai, DOCUMENT.formatted(
                "{\"functionCode\": \"9990801\", \"fund\": \"GOVERNMENT_FUND\", \"opening\": 1.00}")),
                "balances.byItem[0].functionCode");
        Problems.assertInvalidField(save(shanghai, DOCUMENT.formatted(
                "{\"functionCode\": \"2120801\", \"fund\": \"GOVERNMENT_FUND\", \"opening\": 1.0000001}")),
                "balances.byItem[0].opening");
        // Fujian's 09 prints spending only: no column for a state-capital balance
        Problems.assertInvalidField(save(ShanghaiDepartments.register("35"), DOCUMENT.formatted(
                "{\"functionCode\": \"2230101\", \"fund\": \"STATE_CAPITAL\", \"closing\": 1.00}")),
                "balances.byItem[0].closing");
        given().get(URL, shanghai, 2024).then().statusCode(404);
    }

    @Test
    void hostileValuesAreRefusedByTheSchema() {
        String dept = ShanghaiDepartments.register("31");
        for (String hostile : new String[] {
                "{\"functionCode\": \"21208\", \"fund\": \"GOVERNMENT_FUND\", \"opening\": 1.00}",
                "{\"functionCode\": \"2120801\", \"fund\": \"GOVERNMENT_FUND\", \"opening\": -1.00}",
                "{\"functionCode\": \"<script>\", \"fund\": \"GOVERNMENT_FUND\", \"opening\": 1.00}",
                "{\"functionCode\": \"2120801\", \"fund\": \"GOVERNMENT_FUND\", \"opening\": 1e400}"}) {
            JsonPath problem = save(dept, DOCUMENT.formatted(hostile)).statusCode(400).extract().jsonPath();
            assertThat(problem.getString("type")).as(hostile).endsWith("/invalid-input");
        }
        given().get(URL, dept, 2024).then().statusCode(404);
    }

    private static ValidatableResponse save(String dept, String document) {
        return given().contentType(ContentType.JSON).body(document).put(URL, dept, 2024).then();
    }
}
