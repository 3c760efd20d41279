package io.juesuan.evaluation;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class EvaluationResourceTest {

    private static final String URL = "/api/v1/evaluations/{dept}/{year}";
    private static final String SEED = DemoData.read("evaluation.json");
    /** The seed's project as a department would enter it natively: no transcript, so its errors block it. */
    private static final String NATIVE = SEED.replaceFirst("\n  \"transcribedFrom\": \"[^\"]*\",", "");

    @Test
    void seedProjectScores92AndGradesExcellent() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(SEED).when().put(URL, dept, 2020)
                .then().statusCode(201)
                .header("ETag", "\"r1\"")
                .body("projectCount", equalTo(1))
                .body("fundsCovered", equalTo(160.00f))
                .body("projects[0].totalScore", equalTo(92.00f))
                .body("projects[0].grade", equalTo("优"))
                .body("projects[0].declaredGrade", equalTo("优秀"))
                .body("projects[0].template", equalTo("special-fund-2020"))
                .body("projects[0].indicators", hasSize(12))
                .body("projects[0].indicators[3].computed", equalTo(2))
                .body("projects[0].indicators[9].computed", equalTo(null))
                .body("projects[0].level2.find { it.level2 == '数量指标' }.score", equalTo(22))
                .body("projects[0].level1.maximum", equalTo(List.of(50, 40, 10)))
                .body("projects[0].fundTable.arrivalRate", equalTo(100.00f))
                .body("projects[0].fundTable.spendingRate", equalTo(28.27f))
                .body("projects[0].fundTable.rows.TOTAL.remainingRate", equalTo(71.73f))
                .body("projects[0].fundTable.rows.LOCAL.remaining", equalTo(114.77f))
                .body("projects[0].report.scoreLines", equalTo(List.of("1.产出数量得22分（共26分）",
                        "2.产出质量得12分（共13分）", "3.产出时效得6分（共6分）", "4.产出成本得4分（共5分）",
                        "5.经济效益得15分（共15分）", "6.社会效益得23分（共25分）", "7.服务对象满意度得10分（共10分）")))
                .body("projects[0].report.grade", equalTo("自评得分等次：优"))
                .body("projects[0].report.sections.title", equalTo(List.of("引言", "一、项目基本情况", "二、绩效分析",
                        "三、存在的主要问题及改进措施")))
                .body("summary.sentences", equalTo(List.of(
                        "根据预算绩效管理要求，本单位组织对2020年度1个项目实施单位自评，是招商和政务网安全维护等专项，"
                                + "涉及财政拨款资金共计160.00万元。",
                        "对1个项目实施部门评价，是招商和政务网安全维护等专项，涉及财政拨款资金共计160.00万元，"
                                + "评价结果等次为“优”的项目是1个。")))
                // the report's 产出质量 line states 13 of 12: above its maximum, and both figures swapped
                .body("findings.collect { it.rule + ' ' + it.location.row + ' ' + it.severity }", equalTo(List.of(
                        "EVAL-REPORT-ABOVE-MAXIMUM 招商和政务网安全维护等专项 / 质量指标 ERROR",
                        "EVAL-REPORT-SCORE 招商和政务网安全维护等专项 / 质量指标 ERROR",
                        "EVAL-REPORT-MAXIMUM 招商和政务网安全维护等专项 / 质量指标 ERROR")))
                .body("transcribedFrom", equalTo("泉州市鲤城区工业和信息局2020年度部门决算公开（附件一、二）"));
    }

    @Test
    void publishEmitsTheSnapshotOnce() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(SEED).put(URL, dept, 2020).then().statusCode(201);
        Workflow.submitAndPublish(URL, dept, 2020, "{}").statusCode(200).body("publishedVersion", equalTo(1));
        given().get(URL + "/versions", dept, 2020).then().statusCode(200).body("publishedVersion", equalTo(List.of(1)));

        List<JsonNode> events = TopicReader.awaitEvents("test.evaluation.evaluations.v1", dept + ":2020", 1);
        assertThat(events).hasSize(1);
        EventContract.assertConforms(events.get(0), "evaluation.evaluations.v1");
        assertThat(events.get(0).get("type").asText()).isEqualTo("EvaluationPublished");
        assertThat(events.get(0).at("/payload/projects/0/grade").asText()).isEqualTo("优");
        assertThat(events.get(0).at("/payload/projects/0/totalScore").decimalValue()).isEqualByComparingTo("92");
    }

    @Test
    void gradeThatDisagreesWithTheScoreBlocksPublication() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(NATIVE.replace("\"totalScore\": 92", "\"totalScore\": 85")
                        .replace("\"declaredGrade\": \"优秀\"", "\"declaredGrade\": \"良\""))
                .put(URL, dept, 2020)
                .then().statusCode(201)
                .body("projects[0].grade", equalTo("优"))
                .body("findings.rule", hasItems("EVAL-TOTAL-MISMATCH", "EVAL-GRADE-MISMATCH"))
                .body("findings[0].severity", equalTo("ERROR"));
        Problems.assertProblem(Workflow.submit(URL, dept, 2020), 422);
        given().get(URL + "/versions", dept, 2020).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        String dept = DemoData.randomDepartmentCode();
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"totalScore\": 92", "\"totalScore\": 102")).put(URL, dept, 2020).then(),
                "projects[0].totalScore");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"functionCode\": \"2011302\"", "\"functionCode\": \"20113\""))
                .put(URL, dept, 2020).then(), "projects[0].functionCode");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"funds\": 160", "\"funds\": -160")).put(URL, dept, 2020).then(),
                "projects[0].funds");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"name\": \"招商和政务网安全维护等专项\",", "")).put(URL, dept, 2020).then(),
                "projects[0].name");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"selfScore\": 2\n", "\"selfScore\": 6.5\n")).put(URL, dept, 2020).then(),
                "projects[0].indicators[3].selfScore");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"type\": \"MANUAL\"", "\"type\": \"LOTTERY\"")).put(URL, dept, 2020).then(),
                "projects[0].indicators[9].rule");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("special-fund-2020", "district-9")).put(URL, dept, 2020).then(),
                "projects[0].template");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"allocated\": 45.23", "\"allocated\": -45.23")).put(URL, dept, 2020).then(),
                "projects[0].fundTable.rows[FISCAL_SUBTOTAL].allocated");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"spent\": 45.23", "\"spent\": 45.2300001")).put(URL, dept, 2020).then(),
                // finer than a fen in 万元 takes seven decimals, more than any figure has: refused as it is read
                "projects[0].fundTable.rows.FISCAL_SUBTOTAL.spent");
        Problems.assertProblem(given().get(URL, dept, 2020).then(), 404);
    }

    @Test
    void aTableThatBreaksItsTemplateOrItsRulesIsFoundWithTheRightSeverity() {
        String dept = DemoData.randomDepartmentCode();
        String changed = SEED.replace("\"selfScore\": 2\n", "\"selfScore\": 4\n")
                .replace("\"template\": \"special-fund-2020\"", "\"template\": \"national-2020\"");
        given().contentType(ContentType.JSON).body(changed).put(URL, dept, 2020).then().statusCode(201)
                .body("findings.findAll { it.rule == 'EVAL-SELF-SCORE-DIFFERS' }.severity", equalTo(List.of("WARNING")))
                .body("findings.find { it.rule == 'EVAL-SELF-SCORE-DIFFERS' }.location.row",
                        equalTo("招商和政务网安全维护等专项 / 区政府信息网络准入管理系统客户端"))
                .body("findings.findAll { it.rule == 'EVAL-WEIGHTS' }.location.row", equalTo(List.of(
                        "招商和政务网安全维护等专项 / 效益指标", "招商和政务网安全维护等专项 / 预算执行率")))
                .body("findings.findAll { it.rule == 'EVAL-WEIGHTS' }.severity", equalTo(List.of("ERROR", "ERROR")));

        String fundSlips = SEED.replace("\"remaining\": 114.77,\n            \"remainingRate\": 71.73\n          },\n"
                + "          \"CENTRAL\"", "\"remaining\": 114.78,\n            \"remainingRate\": 71.73\n          },\n"
                + "          \"CENTRAL\"").replace("\"balance\": 114.77,\n            \"arrived\": 160,\n            "
                + "\"spent\": 45.23,\n            \"remaining\": 114.77,\n            \"remainingRate\": 71.73\n          },\n"
                + "          \"OTHER_SUBTOTAL\"", "\"balance\": 124.77,\n            \"arrived\": 160,\n            "
                + "\"spent\": 45.23,\n            \"remaining\": 114.77,\n            \"remainingRate\": 71.37\n          },\n"
                + "          \"OTHER_SUBTOTAL\"");
        given().contentType(ContentType.JSON).body(fundSlips).put(URL, DemoData.randomDepartmentCode(), 2020)
                .then().statusCode(201)
                .body("findings.findAll { it.rule.startsWith('EVAL-FUND') }.collect { it.rule + ' ' + it.location.row "
                        + "+ ' ' + it.location.column + ' ' + it.severity }", equalTo(List.of(
                        "EVAL-FUND-FORMULA 招商和政务网安全维护等专项 / FISCAL_SUBTOTAL ⑦ WARNING",
                        "EVAL-FUND-FORMULA 招商和政务网安全维护等专项 / FISCAL_SUBTOTAL ⑧ WARNING",
                        "EVAL-FUND-FORMULA 招商和政务网安全维护等专项 / LOCAL ④ ERROR",
                        "EVAL-FUND-FORMULA 招商和政务网安全维护等专项 / LOCAL ⑧ ERROR",
                        "EVAL-FUND-SUBTOTAL 招商和政务网安全维护等专项 / FISCAL_SUBTOTAL ④ ERROR",
                        "EVAL-FUND-SUBTOTAL 招商和政务网安全维护等专项 / FISCAL_SUBTOTAL ⑦ WARNING",
                        "EVAL-FUND-SUBTOTAL 招商和政务网安全维护等专项 / TOTAL ⑦ WARNING")));

        String judgedTooHigh = SEED.replace("\"max\": 15", "\"max\": 12");
        given().contentType(ContentType.JSON).body(judgedTooHigh).put(URL, DemoData.randomDepartmentCode(), 2020)
                .then().statusCode(201)
                .body("findings.find { it.rule == 'EVAL-JUDGEMENT-RANGE' }.severity", equalTo("ERROR"));
    }
}
