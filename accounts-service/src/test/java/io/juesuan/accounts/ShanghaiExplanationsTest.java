package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 第三部分 in Shanghai's 2024 sections and wording (profile {@code explanations shanghai-2024}), generated from the
 * demo's tables and inputs; and the lines only that wording has, refused where the profile prints the national text.
 */
@QuarkusTest
class ShanghaiExplanationsTest {

    private static final String DEMO = ShanghaiDepartments.DEMO;

    @Test
    void theDemoReadsInTheTemplatesElevenSections() {
        JsonPath saved = save(ShanghaiDepartments.register("31"), DemoData.read(DEMO, 2024, "final-accounts.json"), 201);

        assertThat(saved.getList("explanations.sections.id")).containsExactly("OVERVIEW", "INCOME", "EXPENDITURE",
                "FISCAL_OVERVIEW", "GENERAL_BUDGET", "BASIC", "THREE_PUBLIC", "GOVERNMENT_FUND", "STATE_CAPITAL",
                "OFFICE_OPERATION", "ASSETS");
        assertThat(paragraphs(saved, "OVERVIEW")).containsExactly("上海市黄浦区示例局2024年度收入支出总计3177.06万元。"
                + "与2023年度相比，收入支出总计增加152.06万元，增长5.03%。主要原因：中小企业扶持项目支出增加。");
        // parts of zero are not listed (不涉及的不列); shares half-up of 本年收入合计
        assertThat(paragraphs(saved, "INCOME")).containsExactly("本年收入合计3132.06万元，其中：财政拨款收入3074.76万元，"
                + "占98.17%；事业收入45.30万元，占1.45%；其他收入12.00万元，占0.38%。");
        assertThat(paragraphs(saved, "FISCAL_OVERVIEW").get(0)).isEqualTo("上海市黄浦区示例局2024年度财政拨款收入支出总计"
                + "3109.76万元。与2023年度相比，财政拨款收入支出总计增加123.46万元，增长4.13%。主要原因：中小企业扶持项目财政拨款增加。");

        List<String> general = paragraphs(saved, "GENERAL_BUDGET");
        assertThat(general).contains("一般公共预算财政拨款支出年初预算为3100.00万元，支出决算为3074.76万元，完成年初预算的99.19%。其中：");
        assertThat(general.get(3)).startsWith("一般公共预算财政拨款支出3074.76万元，主要用于以下方面：一般公共服务支出（类）"
                + "1580.70万元，占51.41%；");
        // above its budget with its reason; equal to it with none (预决算持平的不用说明变动原因)
        assertThat(general).contains("3、一般公共服务支出（类）商贸事务（款）事业运行（项）。年初预算为300.00万元，支出决算为310.20万元，"
                + "完成年初预算的103.40%。决算数大于预算数的主要原因：事业单位人员经费增加。");
        assertThat(general).contains("9、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为88.80万元，支出决算为88.80万元，"
                + "完成年初预算的100.00%。");

        assertThat(paragraphs(saved, "BASIC").get(0)).startsWith("一般公共预算财政拨款基本支出1454.26万元。其中：人员经费"
                + "1191.06万元，主要包括：基本工资、津贴补贴、").contains("；公用经费263.20万元，主要包括：办公费、");

        List<String> threePublic = paragraphs(saved, "THREE_PUBLIC");
        assertThat(threePublic.get(1)).isEqualTo("“三公”经费财政拨款支出年初预算为22.00万元，支出决算为15.20万元，完成预算的"
                + "69.09%，其中：因公出国（境）费支出决算为0.00万元，完成预算的0.00%；公务用车购置及运行维护费支出决算为14.00万元，"
                + "完成预算的93.33%；公务接待费支出决算为1.20万元，完成预算的60.00%。2024年度“三公”经费支出决算数小于预算数的"
                + "主要原因：厉行节约，压减出国（境）团组。");
        assertThat(threePublic.get(2)).isEqualTo("2024年度“三公”经费财政拨款支出决算数比2023年度减少0.90万元，下降5.59%，"
                + "其中：因公出国（境）费支出决算持平；公务用车购置及运行维护费支出决算减少0.60万元，下降4.11%；公务接待费支出决算"
                + "减少0.30万元，下降20.00%。公务用车购置及运行维护费支出减少的主要原因是车辆维修费用减少。公务接待费支出减少的"
                + "主要原因是严格控制接待标准。");
        assertThat(threePublic).contains("3、公务接待费支出1.20万元，累计接待12批次、86人次。");
        assertThat(paragraphs(saved, "GOVERNMENT_FUND")).containsExactly(
                "上海市黄浦区示例局2024年度无政府性基金预算财政拨款收入和支出。");
        assertThat(paragraphs(saved, "OFFICE_OPERATION")).containsExactly(
                "机关运行经费支出163.20万元，比2023年度增加5.20万元，增长3.29%。主要原因是办公设备更新。");
        assertThat(paragraphs(saved, "ASSETS").get(0)).startsWith("截至2024年12月31日，上海市黄浦区示例局共有车辆3辆，");

        // the lines Shanghai's text compares, with their figures for a frontend
        assertThat(saved.getString("explanations.lines.find { it.key == 'THREE_PUBLIC.VEHICLES' }.baseKind"))
                .isEqualTo("PRIOR_YEAR");
        assertThat(saved.getString("explanations.lines.find { it.key == 'THREE_PUBLIC.VEHICLES' }.completion"))
                .isEqualTo("93.33");
    }

    @Test
    void aFundsItemsAreListedUnderItsIncomeAndSpending() {
        String document = """
                {"year": 2024, "unit": "万元",
                 "income": [{"functionCode": "2120801", "amounts": {"governmentFund": 30.00}}],
                 "expenditure": [{"functionCode": "2120801", "fund": "GOVERNMENT_FUND", "amounts": {"project": 25.00}}],
                 "explanations": [{"key": "GOVERNMENT_FUND", "budget": 28.00}]}""";
        JsonPath saved = save(ShanghaiDepartments.register("31"), document, 201);
        List<String> fund = paragraphs(saved, "GOVERNMENT_FUND");
        assertThat(fund.get(0)).isEqualTo("政府性基金预算财政拨款收入30.00万元，支出25.00万元，支出具体情况如下：");
        assertThat(fund.get(1)).startsWith("1、城乡社区支出（类）").endsWith("（项）。支出决算为25.00万元。");
        assertThat(fund.get(2)).isEqualTo("政府性基金预算财政拨款支出年初预算为28.00万元，支出决算为25.00万元，"
                + "完成年初预算的89.29%。");
        // no 三公 figures, no 机关运行经费: nothing said of them
        assertThat(saved.getList("explanations.sections.id")).doesNotContain("THREE_PUBLIC", "OFFICE_OPERATION");
    }

    @Test
    void anItemOffItsBudgetWithoutAReasonIsAWarningInShanghaisWording() {
        String demo = DemoData.read(DEMO, 2024, "final-accounts.json");
        String noReason = demo.replace(",\n      \"reason\": \"事业单位人员经费增加\"", "");
        assertThat(noReason).isNotEqualTo(demo);
        JsonPath saved = save(ShanghaiDepartments.register("31"), noReason, 201);
        assertThat(saved.getList("findings.findAll { it.rule == 'ACC-EXPL-REASON-MISSING' }.location.row"))
                .containsExactly("2011350");
    }

    @Test
    void aLineOnlyShanghaisWordingHasIsRefusedInANationalText() {
        String fujian = ShanghaiDepartments.register("35");
        String grandTotal = """
                {"year": 2024, "unit": "万元",
                 "income": [{"functionCode": "2011301", "amounts": {"generalBudget": 10.00}}],
                 "expenditure": [{"functionCode": "2011301", "fund": "GENERAL_BUDGET", "amounts": {"basic": 10.00}}],
                 "explanations": [{"key": "INCOME", "priorYear": 9.00}, {"key": "GRAND_TOTAL", "priorYear": 9.00}]}""";
        Problems.assertInvalidField(given().contentType(ContentType.JSON).body(grandTotal)
                .put("/api/v1/final-accounts/{d}/2024", fujian).then(), "explanations[1].key");
        String threePublic = grandTotal.replace("GRAND_TOTAL", "THREE_PUBLIC.ABROAD");
        Problems.assertInvalidField(given().contentType(ContentType.JSON).body(threePublic)
                .put("/api/v1/final-accounts/{d}/2024", fujian).then(), "explanations[1].priorYear");
        Problems.assertInvalidField(given().contentType(ContentType.JSON).body(grandTotal.replace(
                "\"explanations\"", "\"stated\": {\"FISCAL_TOTAL\": {\"amount\": 10.00}}, \"transcribedFrom\": \"t\", "
                        + "\"explanations\"").replace(", {\"key\": \"GRAND_TOTAL\", \"priorYear\": 9.00}", ""))
                .put("/api/v1/final-accounts/{d}/2024", fujian).then(), "stated.FISCAL_TOTAL");
        given().get("/api/v1/final-accounts/{d}/2024", fujian).then().statusCode(404);

        // the same lines are taken where the profile prints Shanghai's wording
        JsonPath saved = save(ShanghaiDepartments.register("31"), threePublic.replace("THREE_PUBLIC.ABROAD", "GRAND_TOTAL"), 201);
        assertThat(saved.getString("explanations.lines.find { it.key == 'GRAND_TOTAL' }.change")).isEqualTo("1.0");
    }

    private static JsonPath save(String dept, String document, int status) {
        return given().contentType(ContentType.JSON).body(document).put("/api/v1/final-accounts/{d}/2024", dept)
                .then().statusCode(status).extract().jsonPath();
    }

    private static List<String> paragraphs(JsonPath saved, String section) {
        return saved.getList("explanations.sections.find { it.id == '" + section + "' }.paragraphs", String.class);
    }
}
