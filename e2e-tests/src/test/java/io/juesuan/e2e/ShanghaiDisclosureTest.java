package io.juesuan.e2e;

import io.juesuan.platform.testing.AdminTokenByDefault;
import io.juesuan.platform.testing.DemoData;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The synthetic Shanghai 2024 disclosure ({@code demo/310101001-2024}) loaded and published through the gateway's
 * one origin, as a district department would: its tables in Shanghai's layout, its summary-only performance part,
 * its 财库〔2020〕46号 procurement, its two slips flagged, and the statistics of its division.
 */
@ExtendWith(AdminTokenByDefault.class)
class ShanghaiDisclosureTest {

    private static final String DEMO = "310101001";
    private static final int YEAR = 2024;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.get();
    }

    /**
     * The demo bureau's 2024 function codes (the shipped 类 and the demo's 款/项), as load-demo.sh loads them,
     * unless the current 2024 catalogue has them all already.
     */
    private static void ensureCatalogue(String gateway) {
        String file = DemoData.read(DEMO, YEAR, "function-codes.tsv");
        List<String> current = given().baseUri(gateway).get("/api/v1/catalogues/{year}/function-codes", YEAR)
                .then().statusCode(200).extract().path("codes.code");
        boolean hasAll = file.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t")[0]).allMatch(current::contains);
        if (!hasAll) {
            given().baseUri(gateway).contentType("text/tab-separated-values")
                    .body(file.getBytes(StandardCharsets.UTF_8))
                    .put("/api/v1/catalogues/{year}/function-codes", YEAR).then().statusCode(201);
        }
    }

    @Test
    void theShanghaiDemoLoadsThroughTheGatewayAndIsAssembledInItsOwnLayout() {
        String gateway = stack.gateway.url();
        ensureCatalogue(gateway);
        String dept = DemoData.randomDepartmentCodeIn("31");
        given().baseUri(gateway).contentType(ContentType.JSON)
                .body(DemoData.read(DEMO, YEAR, "department.json").replace(DEMO, dept))
                .put("/api/v1/departments/{code}", dept).then().statusCode(201);
        new PartApi(gateway, "/api/v1/final-accounts").saveAndPublish(dept, YEAR,
                DemoData.read(DEMO, YEAR, "final-accounts.json"));
        new PartApi(gateway, "/api/v1/evaluations").saveAndPublish(dept, YEAR,
                DemoData.read(DEMO, YEAR, "evaluation.json"));
        new PartApi(gateway, "/api/v1/procurement").saveAndPublish(dept, YEAR,
                DemoData.read(DEMO, YEAR, "procurement.json"));

        GatewayApi disclosures = new GatewayApi(gateway);
        for (String part : new String[] {"finalAccounts", "evaluation", "procurement"}) {
            disclosures.awaitVersion(dept, YEAR, part, 1, Duration.ofSeconds(30));
        }
        disclosures.disclosure(dept, YEAR).statusCode(200)
                .body("department.name", equalTo("上海市黄浦区示例局"))
                .body("finalAccounts.layout.region", equalTo("31"))
                .body("finalAccounts.layout.fromYear", equalTo(2024))
                .body("finalAccounts.tables.'01'.rows.findAll { it.level == 'EXPENDITURE' }", hasSize(24))
                .body("finalAccounts.tables.'07'.columns.title", equalTo(List.of("预算数", "决算数")))
                .body("finalAccounts.tables.'07'.rows.find { it.code == 'TOTAL' }.values.budget", equalTo(22.01f))
                .body("finalAccounts.tables.'09'.title", equalTo("国有资本经营预算财政拨款收入支出决算表"))
                .body("finalAccounts.tables.'09'.note", startsWith("说明：上海市黄浦区示例局本年度没有"))
                .body("finalAccounts.findings.rule", equalTo(List.of("ACC-SUBTOTAL", "ACC-EXPL-PERCENT")))
                .body("finalAccounts.findings.severity", equalTo(List.of("WARNING", "ERROR")))
                .body("evaluation.projects", hasSize(0))
                .body("evaluation.summary", nullValue())
                .body("evaluation.performance.paragraph", startsWith("本部门建立了如下预算绩效管理制度："))
                .body("evaluation.findings", hasSize(0))
                .body("procurement.reserved.smeAwarded", equalTo(200.00f))
                .body("procurement.reserved.smeShare", equalTo(62.50f))
                .body("procurement.sentence", containsString("面向中小企业预留政府采购项目预算金额150.00万元"))
                .body("procurement.findings", hasSize(0));
        // the division's statistics take the SME amount the 46号 figures give and the grades the summary counts
        given().baseUri(gateway).queryParam("year", YEAR).queryParam("division", dept.substring(0, 6))
                .get("/api/v1/stats").then().statusCode(200)
                .body("procurementTotal", equalTo(320.00f))
                .body("smeRatio", equalTo(62.50f))
                .body("grades.'优'", equalTo(5))
                .body("grades.'合格'", equalTo(1));
    }
}
