package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/** The seed's 2020 final accounts, loaded through the API as printed: the tables show exactly its figures. */
@QuarkusTest
class SeedFinalAccountsTest {

    private static final String URL = LoadedSeed.URL;
    private static String dept;

    @BeforeEach
    void loadSeedOnce() {
        dept = LoadedSeed.department();
    }

    private static JsonPath table(String no) {
        return given().get(URL + "/tables/{no}", dept, 2020, no).then().statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** Every shown cell of a table, {@code row/column} → 万元; blank cells absent. */
    private static Map<String, BigDecimal> shownCells(JsonPath table) {
        Map<String, BigDecimal> cells = new HashMap<>();
        List<Map<String, Object>> rows = table.getList("rows");
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) row.get("values");
            values.forEach((column, value) -> {
                if (value != null) {
                    cells.put(row.get("code") + "/" + column, new BigDecimal(value.toString()));
                }
            });
        }
        return cells;
    }

    @Test
    void tables01To07ShowEveryFigureTheSeedPrintsAndNothingElse() {
        SeedTables.printedCells().forEach((no, printed) -> {
            Map<String, BigDecimal> shown = shownCells(table(no));
            assertThat(shown.keySet()).as("cells of table " + no).containsExactlyInAnyOrderElementsOf(printed.keySet());
            printed.forEach((cell, value) ->
                    assertThat(shown.get(cell)).as("table " + no + " " + cell).isEqualByComparingTo(value));
        });
    }

    @Test
    void table01ListsAllTwentySixTemplateRowsWithThePrintedNames() {
        JsonPath table = table("01");
        assertThat(table.getString("title")).isEqualTo("收入支出决算总表");
        assertThat(table.getList("rows.findAll { it.level == 'EXPENDITURE' }.ordinal", Integer.class))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
        assertThat(table.getString("rows.find { it.code == '215' }.name")).isEqualTo("资源勘探信息等支出");
        assertThat(table.getString("rows.find { it.code == '234' }.name")).isEqualTo("抗疫特别国债安排的支出");
    }

    @Test
    void table06ListsEveryEconomicCodeOfTheYearInTwoGroups() {
        JsonPath table = table("06");
        assertThat(table.getList("rows.findAll { it.level == 'SECTION' }")).hasSize(79);
        assertThat(table.getList("rows.findAll { it.level == 'TOTAL' }.name", String.class))
                .containsExactly("人员经费合计", "公用经费合计");
        assertThat(table.getString("rows.find { it.code == '30217' }.name")).isEqualTo("公务接待费");
    }

    @Test
    void table07NumbersItsLinesAndKeepsTheCountsOfItsExplanation() {
        JsonPath table = table("07");
        assertThat(table.getList("rows.ordinal", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6);
        JsonPath record = given().get(URL, dept, 2020).then().statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat(record.getInt("threePublic.counts.receptionBatches")).isEqualTo(7);
        assertThat(record.getInt("threePublic.counts.receptionPersons")).isEqualTo(44);
        assertThat(record.getObject("threePublic.budget.reception", BigDecimal.class)).isEqualByComparingTo("15000.00");
    }

    @Test
    void templateRowsShowTheirNamesAsPrintedSlipsIncluded() {
        JsonPath table04 = table("04");
        assertThat(table04.getString("rows.find { it.ordinal == 26 && it.level == 'EXPENDITURE' }.name"))
                .isEqualTo("抗议特别国债安排的支出");
        assertThat(table("01").getString("rows.find { it.ordinal == 26 && it.level == 'EXPENDITURE' }.name"))
                .isEqualTo("抗疫特别国债安排的支出");
        assertThat(given().get(URL, dept, 2020).then().extract().jsonPath().getString("printedNames.'04'.'14'"))
                .isEqualTo("资源勘探信息等支出");
    }

    @Test
    void tables08And09SayTheDepartmentHasNoSuchFunds() {
        for (String no : List.of("08", "09")) {
            JsonPath table = table(no);
            assertThat(table.getBoolean("empty")).as("table " + no).isTrue();
            assertThat(table.getList("rows")).hasSize(1);
        }
    }

    @Test
    void printedTablesThatDisagreeWithTheirPartsAreRoundingTailWarningsBesideTheComputedFigures() {
        JsonPath record = given().get(URL, dept, 2020).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> findings = record.<Map<String, Object>>getList("findings").stream()
                .filter(f -> !location(f).startsWith("EXPLANATIONS/")).toList();
        assertThat(findings).extracting(f -> f.get("severity")).containsOnly("WARNING");
        assertThat(findings).extracting(f -> f.get("rule") + " " + location(f)).containsExactlyInAnyOrder(
                "ACC-SUBTOTAL 01/GENERAL_BUDGET/amount",
                "ACC-SUBTOTAL 02/TOTAL/total",
                "ACC-SUBTOTAL 02/TOTAL/fiscal",
                "ACC-SUBTOTAL 04/GENERAL_BUDGET/generalBudget",
                "ACC-SUBTOTAL 04/EXPENDITURE_TOTAL/generalBudget",
                "ACC-SUBTOTAL 04/EXPENDITURE_TOTAL/total",
                "ACC-SUBTOTAL 05/TOTAL/subtotal",
                "ACC-SUBTOTAL 06/301/amount",
                "ACC-COLUMN-SUM 05/TOTAL/subtotal",
                "ACC-ROW-NAME 01/215/null",
                "ACC-ROW-NAME 04/215/null",
                "ACC-ROW-NAME 04/234/null");

        JsonPath table02 = table("02");
        assertThat(table02.getString("rows.find { it.code == 'TOTAL' }.values.total")).isEqualTo("842.14");
        assertThat(table02.getString("rows.find { it.code == 'TOTAL' }.computed.total")).isEqualTo("842.15");
        assertThat(table02.getString("rows.find { it.code == 'TOTAL' }.computed.fiscal")).isEqualTo("709.67");
    }

    @SuppressWarnings("unchecked")
    private static String location(Map<String, Object> finding) {
        Map<String, Object> location = (Map<String, Object>) finding.get("location");
        return location.get("table") + "/" + location.get("row") + "/" + location.get("column");
    }

    /**
     * The seed's 项 figures without its printed totals: computed totals are shown, and the only findings are the
     * two 0.01 万元 gaps its rounded 项 figures really leave (income 842.15 against expenditure 842.14, 05's basic
     * 396.87 against 06's 396.88), as rounding-tail warnings.
     */
    @Test
    void nativeDataWithoutDeclaredCellsShowsComputedTotalsAndOnlyItsRoundingTails() {
        String code = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(code)).put("/api/v1/departments/{c}", code);
        given().contentType(ContentType.JSON).body(FinalAccountsDocuments.nativeSeed()).put(URL, code, 2020)
                .then().statusCode(201)
                .body("findings.severity", everyItem(equalTo("WARNING")))
                .body("findings.rule", containsInAnyOrder("ACC-BALANCE", "ACC-05-EQ-06"))
                .body("tables.'02'.rows[0].values.total", equalTo(842.15f))
                .body("tables.'02'.rows[0].containsKey('computed')", equalTo(false))
                .body("tables.'01'.rows.find { it.code == 'GENERAL_BUDGET' }.values.amount",
                        equalTo(709.67f));
    }
}
