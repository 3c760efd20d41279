package io.juesuan.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's explanations (第三部分): generated from its tables with the prior-year figures its text implies, and
 * every figure its text states recomputed. Its real slips come out: 事业单位离退休's 10.32% is 0.48 ÷ 4.65 (the
 * year's amount, not last year's 4.17, which gives 11.51%); last year's 项 add up to 2,049.60 against a stated
 * total of 2,049.00; the text leaves out 项 2299901; its 项目支出 445.28 is one digit off 03's printed 445.27;
 * 机关运行经费's −16.09% cannot be checked without last year's figure.
 */
@QuarkusTest
class SeedExplanationsTest {

    private static final String URL = LoadedSeed.URL;
    private static String dept;

    @BeforeEach
    void loadSeedOnce() {
        dept = LoadedSeed.department();
    }

    private static JsonPath explanations() {
        return given().get(URL + "/explanations", dept, 2020).then().statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String line(JsonPath explanations, String key, String field) {
        Object value = explanations.get("lines.find { it.key == '" + key + "' }." + field);
        return value == null ? null : value.toString();
    }

    @Test
    void theSeedsFiguresAreRecomputedFromItsTablesAndPriorYear() {
        JsonPath explanations = explanations();
        assertThat(explanations.getString("priorYearSource")).isEqualTo("DOCUMENT");
        assertThat(line(explanations, "INCOME", "amount")).isEqualTo("842.14");
        assertThat(line(explanations, "INCOME", "change")).isEqualTo("-2328.43");
        assertThat(line(explanations, "INCOME", "percent")).isEqualTo("-73.44");
        assertThat(line(explanations, "GENERAL_BUDGET", "percent")).isEqualTo("-65.37");
        assertThat(line(explanations, "2080502", "percent")).isEqualTo("11.51");
        assertThat(line(explanations, "2159999", "percent")).as("95.4250… rounds half-up").isEqualTo("-95.43");
        assertThat(line(explanations, "2100409", "change")).isEqualTo("100.00");
        assertThat(line(explanations, "2100409", "percent")).as("no percentage from a base of zero").isNull();
        assertThat(line(explanations, "2150805", "amount")).as("a 项 that fell to zero").isEqualTo("0.00");
        assertThat(line(explanations, "2150805", "percent")).isEqualTo("-100.00");
        assertThat(line(explanations, "THREE_PUBLIC", "base")).isEqualTo("1.50");
        assertThat(line(explanations, "THREE_PUBLIC", "baseKind")).isEqualTo("BUDGET");
        assertThat(line(explanations, "THREE_PUBLIC", "percent")).isEqualTo("-64.67");
        assertThat(line(explanations, "OFFICE_OPERATION", "amount")).isEqualTo("25.60");
        assertThat(line(explanations, "OFFICE_OPERATION", "base")).isNull();
    }

    @Test
    void theSentencesOfPartThreeComeFromTheSameFigures() {
        JsonPath explanations = explanations();
        assertThat(explanations.getList("sections.id")).containsExactly("OVERVIEW", "GENERAL_BUDGET",
                "GOVERNMENT_FUND", "STATE_CAPITAL", "BASIC", "THREE_PUBLIC", "OFFICE_OPERATION", "ASSETS");
        List<String> overview = explanations.getList("sections.find { it.id == 'OVERVIEW' }.paragraphs");
        assertThat(overview).contains("（一）2020年收入842.14万元，比上年决算数减少2328.43万元，下降73.44%，具体情况如下：",
                "8. 其他收入132.48万元。");
        List<String> generalBudget = explanations.getList("sections.find { it.id == 'GENERAL_BUDGET' }.paragraphs");
        assertThat(generalBudget).contains(
                "（五）事业单位离退休（项级科目）4.65万元，较上年决算数增加0.48万元，增长11.51%。主要原因是退休人员待遇调整。",
                "（九）中小企业发展专项（项级科目）0.00万元，较上年决算数减少30.60万元，下降100.00%。主要原因是本年度无此项目。");
        assertThat(explanations.getList("sections.find { it.id == 'GOVERNMENT_FUND' }.paragraphs"))
                .containsExactly("本单位2020年度没有使用政府性基金预算拨款安排的支出。");
        List<String> threePublic = explanations.getList("sections.find { it.id == 'THREE_PUBLIC' }.paragraphs");
        assertThat(threePublic.get(0)).isEqualTo("2020年度“三公”经费财政拨款支出0.53万元，比年初预算的1.50万元下降64.67%。"
                + "主要原因是严格执行中央八项规定制度和厉行节约有关规定，节约接待费支出。");
        assertThat(threePublic.get(3)).endsWith("累计接待7批次、44人次。");
    }

    @Test
    void theAssetsParagraphIsTheSeedsWordForWord() {
        String printed = "截至 2020 年 12 月 31 日，本单位共有车辆 0 辆，其中：副部（省）级以上领导用车 0 辆、主要领导干部用车 0 辆、"
                + "机要通信用车 0 辆、应急保障用车 0 辆、执法执勤用车 0 辆、特种专业技术用车 0 辆、离退休干部用车 0 辆、其他用车 0 辆；"
                + "单价 50 万元（含）以上通用设备 0 台（套），单价 100 万元（含）以上专用设备 0 台（套）。";
        assertThat(explanations().getList("sections.find { it.id == 'ASSETS' }.paragraphs"))
                .containsExactly(printed.replace(" ", ""));
    }

    @Test
    void theTextsRealSlipsAreFoundWithTheirSeverity() {
        List<Map<String, Object>> findings = given().get(URL + "/findings", dept, 2020).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(f -> "EXPLANATIONS".equals(((Map<?, ?>) f.get("location")).get("table"))).toList();
        assertThat(findings).extracting(f -> f.get("rule") + " " + ((Map<?, ?>) f.get("location")).get("row") + " "
                + f.get("severity")).containsExactlyInAnyOrder(
                "ACC-EXPL-PERCENT 2080502 ERROR",
                "ACC-PRIOR-ITEMS-SUM GENERAL_BUDGET ERROR",
                "ACC-EXPL-ITEM-MISSING 2299901 WARNING",
                "ACC-EXPL-AMOUNT EXPENDITURE.PROJECT WARNING",
                "ACC-EXPL-UNVERIFIABLE OFFICE_OPERATION WARNING");
    }
}
