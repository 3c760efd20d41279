package io.juesuan.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The synthetic Shanghai 2024 disclosure in {@code demo/310101001-2024}, a transcript in Shanghai's layout: every cell
 * it prints is placed in its table, its two slips (a one-fen tail in 07's budget total, a wrong percentage in the
 * explanation) are flagged with their severity and nothing else is, and it publishes.
 */
@QuarkusTest
class ShanghaiDemoTest {

    static final String DEMO = ShanghaiDepartments.DEMO;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPrintedCellIsPlacedInTheShanghaiLayoutAndOnlyTheTwoSlipsAreFlagged() throws Exception {
        String dept = ShanghaiDepartments.register("31");
        String document = DemoData.read(DEMO, 2024, "final-accounts.json");
        JsonPath saved = given().contentType(ContentType.JSON).body(document)
                .put("/api/v1/final-accounts/{d}/2024", dept).then().statusCode(201)
                .body("layout.region", equalTo("31"))
                .body("layout.fromYear", equalTo(2024))
                .extract().jsonPath();

        List<String> misplaced = new ArrayList<>();
        JsonNode declared = JSON.readTree(document).path("declared");
        int cells = 0;
        for (Iterator<Map.Entry<String, JsonNode>> tables = declared.fields(); tables.hasNext(); ) {
            Map.Entry<String, JsonNode> table = tables.next();
            for (Iterator<Map.Entry<String, JsonNode>> rows = table.getValue().fields(); rows.hasNext(); ) {
                Map.Entry<String, JsonNode> row = rows.next();
                for (Iterator<Map.Entry<String, JsonNode>> columns = row.getValue().fields(); columns.hasNext(); ) {
                    Map.Entry<String, JsonNode> column = columns.next();
                    cells++;
                    String shown = saved.getString("tables.'" + table.getKey() + "'.rows.find { it.code == '"
                            + row.getKey() + "' }.values." + column.getKey());
                    if (shown == null || new BigDecimal(shown).compareTo(column.getValue().decimalValue()) != 0) {
                        misplaced.add(table.getKey() + "/" + row.getKey() + "/" + column.getKey() + ": printed "
                                + column.getValue() + ", shown " + shown);
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(128);
        assertThat(misplaced).isEmpty();

        // the Shanghai layout: 24 numbered rows, 04's opening balance by fund, 07's budget, 08/09 empty with the note
        assertThat(saved.getList("tables.'01'.rows.findAll { it.level == 'EXPENDITURE' && it.ordinal }")).hasSize(24);
        assertThat(saved.getList("tables.'04'.rows.findAll { it.level == 'BALANCE_PART' }.name")).containsExactly(
                "一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款");
        assertThat(saved.getList("tables.'07'.columns.title")).containsExactly("预算数", "决算数");
        assertThat(saved.getString("tables.'07'.rows.find { it.code == 'TOTAL' }.computed.budget")).isEqualTo("22.0");
        assertThat(saved.getBoolean("tables.'08'.empty")).isTrue();
        assertThat(saved.getString("tables.'08'.note")).isEqualTo(
                "说明：上海市黄浦区示例局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。");
        assertThat(saved.getString("tables.'09'.title")).isEqualTo("国有资本经营预算财政拨款收入支出决算表");
        assertThat(saved.getString("tables.'09'.note")).contains("没有国有资本经营预算财政拨款收入和支出");

        // the 国有资产 paragraph in Shanghai's words: the department named, its names of vehicle uses, one equipment
        // count from 100万元
        assertThat(saved.getString("explanations.sections.find { it.id == 'ASSETS' }.paragraphs[0]")).isEqualTo(
                "截至2024年12月31日，上海市黄浦区示例局共有车辆3辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、"
                        + "应急保障用车1辆、执法执勤用车2辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；"
                        + "单价100万元（含）以上设备（不含车辆）2台（套）。");

        // each 项 beside its 年初预算数, and 完成年初预算的 % recomputed (the text's, all right, raise no finding)
        assertThat(saved.getString("explanations.lines.find { it.key == '2011301' }.budget")).isEqualTo("860.0");
        assertThat(saved.getString("explanations.lines.find { it.key == '2011301' }.completion")).isEqualTo("98.84");
        assertThat(saved.getString("explanations.lines.find { it.key == 'GENERAL_BUDGET' }.completion"))
                .isEqualTo("99.19");

        assertThat(saved.getList("findings.rule")).containsExactly("ACC-SUBTOTAL", "ACC-EXPL-PERCENT");
        assertThat(saved.getString("findings[0].severity")).isEqualTo("WARNING");
        assertThat(saved.getMap("findings[0].location")).containsEntry("table", "07").containsEntry("row", "TOTAL")
                .containsEntry("column", "budget");
        assertThat(saved.getString("findings[1].severity")).isEqualTo("ERROR");
        assertThat(saved.getMap("findings[1].location")).containsEntry("row", "GENERAL_BUDGET")
                .containsEntry("column", "percent");

        // a transcript publishes as printed, its findings shown
        Workflow.submitAndPublish("/api/v1/final-accounts/{dept}/{year}", dept, 2024, "{}").statusCode(200);
    }

    /**
     * No line states 08's balances by 项: a transcript's printed figures there are taken as printed, and only the
     * rows above them are checked against their sums (they were once compared with 0 and flagged).
     */
    @Test
    void aTranscriptsFundBalancesByItemAreTakenAsPrintedAndOnlyTheirSumsChecked() {
        String dept = ShanghaiDepartments.register("31");
        String document = """
                {"year": 2024, "unit": "万元", "transcribedFrom": "测试：政府性基金结转结余",
                 "income": [{"functionCode": "2120801", "amounts": {"governmentFund": 30.00}}],
                 "expenditure": [{"functionCode": "2120801", "fund": "GOVERNMENT_FUND", "amounts": {"project": 25.00}}],
                 "declared": {"08": {
                   "TOTAL": {"openingBalance": %s, "income": 30.00, "subtotal": 25.00, "closingBalance": 15.00},
                   "212": {"openingBalance": 10.00, "closingBalance": 15.00},
                   "21208": {"openingBalance": 10.00, "closingBalance": 15.00},
                   "2120801": {"openingBalance": 10.00, "closingBalance": 15.00}}}}""";
        JsonPath right = given().contentType(ContentType.JSON).body(document.formatted("10.00"))
                .put("/api/v1/final-accounts/{d}/2024", dept).then().statusCode(201).extract().jsonPath();
        assertThat(right.getString("tables.'08'.rows.find { it.code == '2120801' }.values.openingBalance"))
                .isEqualTo("10.0");
        assertThat(right.getList("findings.findAll { it.location.table == '08' }")).isEmpty();

        JsonPath slip = given().contentType(ContentType.JSON).body(document.formatted("11.00"))
                .put("/api/v1/final-accounts/{d}/2024", dept).then().statusCode(200).extract().jsonPath();
        assertThat(slip.getList("findings.findAll { it.location.table == '08' }.rule")).containsExactly("ACC-SUBTOTAL");
        assertThat(slip.getString("findings.find { it.location.table == '08' }.location.column"))
                .isEqualTo("openingBalance");
    }

    @Test
    void aWrongShareOfTheBudgetIsFlaggedAndABudgetWhereNoneIsComparedRefused() {
        String dept = ShanghaiDepartments.register("31");
        String demo = DemoData.read(DEMO, 2024, "final-accounts.json");
        // 1200.00 of a budget of 1250.00 is 96.00 %, not 69.00
        String slip = demo.replace("\"completion\": 96.0", "\"completion\": 69.0");
        assertThat(slip).isNotEqualTo(demo);
        JsonPath saved = given().contentType(ContentType.JSON).body(slip).put("/api/v1/final-accounts/{d}/2024", dept)
                .then().statusCode(201).extract().jsonPath();
        assertThat(saved.getString("findings.find { it.rule == 'ACC-EXPL-COMPLETION' }.severity")).isEqualTo("ERROR");
        assertThat(saved.getMap("findings.find { it.rule == 'ACC-EXPL-COMPLETION' }.location"))
                .containsEntry("row", "2150805").containsEntry("column", "completion");

        String misplaced = demo.replace("{\n      \"key\": \"INCOME\",", "{\n      \"key\": \"INCOME\",\n      \"budget\": 1.00,");
        assertThat(misplaced).isNotEqualTo(demo);
        io.juesuan.platform.testing.Problems.assertInvalidField(given().contentType(ContentType.JSON).body(misplaced)
                .put("/api/v1/final-accounts/{d}/2024", dept).then(), "explanations[0].budget");
    }
}
