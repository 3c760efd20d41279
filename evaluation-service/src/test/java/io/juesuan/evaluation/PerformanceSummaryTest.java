package io.juesuan.evaluation;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * 预算绩效管理情况 as a department summary (the Shanghai template's): a disclosure without per-project tables
 * publishes, its paragraph states only what is given, and its counts must add up.
 */
@QuarkusTest
class PerformanceSummaryTest {

    private static final String URL = "/api/v1/evaluations/{dept}/{year}";
    private static final String SUMMARY = "{\"systems\":[\"预算绩效管理办法\",\"绩效自评工作规程\"],"
            + "\"mechanism\":\"事前评估、事中监控、事后评价\",\"goalProjects\":12,\"goalAmount\":3456.78,"
            + "\"trackedProjects\":5,\"trackedAmount\":1200.00,\"selfEvaluatedProjects\":12,"
            + "\"selfEvaluatedAmount\":3456.78,\"averageScore\":91.5,\"excellent\":8,\"good\":3,\"qualified\":1,"
            + "\"unqualified\":0,\"problemsFound\":6,\"problemsRectified\":4,\"problemsRectifying\":2}";

    private static String summaryOnly(String performance) {
        return "{\"projects\":[],\"performance\":" + performance + "}";
    }

    @Test
    void aSummaryWithoutProjectTablesIsWrittenInTheTemplatesWordsAndPublishes() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(summaryOnly(SUMMARY)).put(URL, dept, 2024).then().statusCode(201)
                .body("projectCount", equalTo(0))
                .body("summary", nullValue())
                .body("performance.goalAmount", equalTo(3456.78f))
                .body("performance.excellent", equalTo(8))
                .body("performance.paragraph", equalTo("本部门建立了如下预算绩效管理制度：预算绩效管理办法、绩效自评工作规程，"
                        + "建立了事前评估、事中监控、事后评价的预算绩效管理工作机制；全过程绩效管理实施情况：编报绩效目标的2024年度"
                        + "项目12个，涉及预算金额3456.78万元；绩效跟踪评价的2024年度项目5个，涉及预算金额1200.00万元；绩效自评的"
                        + "2024年度项目12个，涉及预算金额3456.78万元，平均得分91.5分（其中，绩效评级为“优”的项目8个；绩效评级为"
                        + "“良”的项目3个；绩效评级为“合格”的项目1个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题6个，"
                        + "已经完成整改的4个，正在整改的2个）。"))
                .body("findings", equalTo(java.util.List.of()));
        Workflow.submitAndPublish(URL, dept, 2024, "{}").statusCode(200).body("publishedVersion", equalTo(1));
        given().get(URL + "/versions/1", dept, 2024).then().statusCode(200)
                .body("performance.selfEvaluatedProjects", equalTo(12));
    }

    @Test
    void aFigureNotStatedHasNoClauseAndIsNeverZero() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(summaryOnly("{\"selfEvaluatedProjects\":3,\"averageScore\":88}"))
                .put(URL, dept, 2024).then().statusCode(201)
                .body("performance.goalProjects", nullValue())
                .body("performance.paragraph", equalTo("全过程绩效管理实施情况：绩效自评的2024年度项目3个，平均得分88分。"));
    }

    @Test
    void gradesAndProblemsThatDoNotAddUpAreErrorsThatBlockSubmission() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(summaryOnly(SUMMARY.replace("\"good\":3", "\"good\":4")
                        .replace("\"problemsRectifying\":2", "\"problemsRectifying\":1")))
                .put(URL, dept, 2024).then().statusCode(201)
                .body("findings.rule", equalTo(java.util.List.of("EVAL-PERF-GRADES-SUM", "EVAL-PERF-PROBLEMS-SUM")))
                .body("findings.location.row", equalTo(java.util.List.of("performance.selfEvaluatedProjects",
                        "performance.problemsFound")));
        Problems.assertProblem(Workflow.submit(URL, dept, 2024), 422);
    }

    @Test
    void withProjectTablesTheSummaryCountsThemAndStatesTheirAverage() {
        String seed = DemoData.read("evaluation.json");
        String withSummary = seed.substring(0, seed.lastIndexOf('}')) + ",\"performance\":{\"selfEvaluatedProjects\":1,"
                + "\"averageScore\":92.00}}";
        given().contentType(ContentType.JSON).body(withSummary).put(URL, DemoData.randomDepartmentCode(), 2020).then()
                .statusCode(201).body("findings.rule", not(hasItem("EVAL-PERF-AVERAGE")));
        given().contentType(ContentType.JSON).body(withSummary.replace("92.00}", "91.50}"))
                .put(URL, DemoData.randomDepartmentCode(), 2020).then().statusCode(201)
                .body("findings.find { it.rule == 'EVAL-PERF-AVERAGE' }.location.row",
                        equalTo("performance.averageScore"));
        given().contentType(ContentType.JSON).body(withSummary.replace("\"selfEvaluatedProjects\":1",
                        "\"selfEvaluatedProjects\":0"))
                .put(URL, DemoData.randomDepartmentCode(), 2020).then().statusCode(201)
                .body("findings.rule", hasItem("EVAL-PERF-PROJECT-COUNT"));
    }

    @Test
    void hostileFiguresAreRefusedWithTheFieldNamed() {
        String dept = DemoData.randomDepartmentCode();
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(summaryOnly("{\"averageScore\":100.01}")).put(URL, dept, 2024).then(), "performance.averageScore");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(summaryOnly("{\"excellent\":-1}")).put(URL, dept, 2024).then(), "performance.excellent");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(summaryOnly("{\"goalAmount\":0.0000001}")).put(URL, dept, 2024).then(), "performance.goalAmount");
        Problems.assertProblem(given().contentType(ContentType.JSON)
                .body(summaryOnly("{\"systems\":[\"办法\\n第二行\"]}")).put(URL, dept, 2024).then(), 400);
        Problems.assertProblem(given().contentType(ContentType.JSON)
                .body(summaryOnly("{\"excelent\":1}")).put(URL, dept, 2024).then(), 400);
        Problems.assertProblem(given().get(URL, dept, 2024).then(), 404);
    }
}
