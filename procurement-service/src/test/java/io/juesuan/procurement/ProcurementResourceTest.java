package io.juesuan.procurement;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProcurementResourceTest {

    private static final String URL = "/api/v1/procurement/{dept}/{year}";
    private static final String SEED = DemoData.read("procurement.json");

    @Test
    void seedSummaryReproducesItsSentenceAndRatiosAndFlagsTheRoundingTail() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(SEED).when().put(URL, dept, 2020)
                .then().statusCode(201)
                .body("unit", equalTo("万元"))
                .body("declaredSummary.total", equalTo(50.25f))
                .body("declaredSummary.smeRatio", equalTo(28.30f))
                .body("declaredSummary.smallMicroRatio", equalTo(28.30f))
                .body("sentence", equalTo("本单位2020年度政府采购支出总额50.25万元，其中：政府采购货物支出4.02万元、"
                        + "政府采购工程支出3.95万元、政府采购服务支出42.29万元。授予中小企业合同金额14.22万元，"
                        + "占政府采购支出总额的28.30%，其中：授予小微企业合同金额14.22万元，占政府采购支出总额的28.30%。"))
                .body("findings", hasSize(1))
                .body("findings[0].rule", equalTo("PROC-PARTS-SUM"))
                .body("findings[0].severity", equalTo("WARNING"));
    }

    @Test
    void smeAboveTotalIsAnErrorThatBlocksPublication() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(SEED.replace("\"sme\": 14.22", "\"sme\": 60.00"))
                .put(URL, dept, 2020)
                .then().statusCode(201)
                .body("findings.rule", equalTo(List.of("PROC-PARTS-SUM", "PROC-SME-ABOVE-TOTAL")))
                .body("findings[1].severity", equalTo("ERROR"));
        Problems.assertProblem(Workflow.submit(URL, dept, 2020), 422);
    }

    /** Issue 27's reproduction: a summary that states only the total and its split. */
    private static final String WITHOUT_SME =
            "{\"unit\":\"万元\",\"declaredSummary\":{\"total\":251.25,\"goods\":4.79,\"works\":0,\"services\":246.46}";

    @Test
    void anAbsentSmeAmountIsNeverPrintedAsZeroAndNativeEntryMustStateIt() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(WITHOUT_SME + "}").put(URL, dept, 2020).then().statusCode(201)
                .body("sentence", equalTo("本单位2020年度政府采购支出总额251.25万元，其中：政府采购货物支出4.79万元、"
                        + "政府采购工程支出0.00万元、政府采购服务支出246.46万元。"))
                .body("declaredSummary.sme", nullValue())
                .body("declaredSummary.smeRatio", nullValue())
                .body("findings.find { it.rule == 'PROC-SME-MISSING' }.severity", equalTo("ERROR"))
                .body("findings.find { it.rule == 'PROC-SME-MISSING' }.location.row", equalTo("declaredSummary.sme"));
        Problems.assertProblem(Workflow.submit(URL, dept, 2020), 422);

        // a total alone: no 其中 at all
        given().contentType(ContentType.JSON).body("{\"unit\":\"元\",\"declaredSummary\":{\"total\":0}}")
                .put(URL, dept, 2021).then().statusCode(201)
                .body("sentence", equalTo("本单位2021年度政府采购支出总额0.00万元。"));
    }

    @Test
    void aTranscriptPublishesAsPrintedWithItsFindingsShown() {
        String dept = DemoData.randomDepartmentCode();
        String transcript = ",\"transcribedFrom\":\"测试局2020年度部门决算公开\"}";
        given().contentType(ContentType.JSON).body(WITHOUT_SME + transcript).put(URL, dept, 2020).then()
                .statusCode(201)
                .body("findings.find { it.rule == 'PROC-SME-MISSING' }.severity", equalTo("WARNING"))
                .body("transcribedFrom", equalTo("测试局2020年度部门决算公开"));
        Workflow.submitAndPublish(URL, dept, 2020, "{}").statusCode(200).body("publishedVersion", equalTo(1));
        given().get(URL + "/versions/1", dept, 2020).then().statusCode(200)
                .body("sentence", not(containsString("中小企业")));

        // a printed slip (SMEs above the total) is an error, shown, and the transcript still publishes as printed
        String other = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(SEED.replace("\"sme\": 14.22", "\"sme\": 60.00")
                .replaceFirst("\\}\\s*$", transcript)).put(URL, other, 2020).then().statusCode(201)
                .body("findings.find { it.rule == 'PROC-SME-ABOVE-TOTAL' }.severity", equalTo("ERROR"));
        Workflow.submitAndPublish(URL, other, 2020, "{}").statusCode(200);
        given().get(URL + "/versions/1", other, 2020).then().statusCode(200)
                .body("declaredSummary.sme", equalTo(60.00f))
                .body("findings.rule", hasItem("PROC-SME-ABOVE-TOTAL"));
    }

    @Test
    void publishEmitsTheSummaryAndAWarningDoesNotBlockIt() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(SEED).put(URL, dept, 2020).then().statusCode(201);
        Workflow.submitAndPublish(URL, dept, 2020, "{}").statusCode(200).body("publishedVersion", equalTo(1));

        List<JsonNode> events = TopicReader.awaitEvents("test.procurement.summaries.v1", dept + ":2020", 1);
        assertThat(events).hasSize(1);
        EventContract.assertConforms(events.get(0), "procurement.summaries.v1");
        assertThat(events.get(0).get("type").asText()).isEqualTo("ProcurementPublished");
        assertThat(events.get(0).at("/payload/declaredSummary/sme").decimalValue()).isEqualByComparingTo("14.22");
        assertThat(events.get(0).at("/payload/declaredSummary/smeRatio").decimalValue()).isEqualByComparingTo("28.30");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        String dept = DemoData.randomDepartmentCode();
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"goods\": 4.02", "\"goods\": -4.02")).put(URL, dept, 2020).then(),
                "declaredSummary.goods");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"total\": 50.25,", "")).put(URL, dept, 2020).then(), "declaredSummary.total");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(SEED.replace("\"sme\": 14.22", "\"sme\": \"many\"")).put(URL, dept, 2020).then(),
                "declaredSummary.sme");
        Problems.assertProblem(given().get(URL, dept, 2020).then(), 404);
    }
}
