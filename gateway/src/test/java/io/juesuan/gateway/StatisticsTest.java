package io.juesuan.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.juesuan.gateway.DisclosureApiTest.awaitDisclosureVersion;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Statistics, compliance and cross-part findings, from events only. */
@QuarkusTest
class StatisticsTest {

    private static final PartEvents EVENTS = new PartEvents();
    private static final String URL = "/api/v1/disclosures/{dept}/{year}";

    @AfterAll
    static void closeProducer() {
        EVENTS.close();
    }

    /** Version 1 of the department's final accounts, approved that many days ago, published now and applied. */
    private static void publishApproved(String dept, String name, String income, int daysAgo) throws Exception {
        ObjectNode accounts = PartEvents.finalAccountsPayload(dept, 1, name, income, null);
        LocalDate approved = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(daysAgo);
        accounts.putObject("approval").put("number", "鲤财预〔2021〕8号").put("date", approved.toString());
        EVENTS.publishFinalAccounts(dept, 1, accounts);
        awaitDisclosureVersion(dept, 1);
    }

    @Test
    void totalsAreSumsAndTheSmeRatioIsARatioOfSums() throws Exception {
        String division = String.valueOf(ThreadLocalRandom.current().nextInt(110_000, 999_999));
        String a = division + "001";
        String b = division + "002";
        String c = division + "003";
        publishApproved(a, "甲局", "100.00", 5);
        EVENTS.evaluation(a, 1, 92);
        awaitDisclosureVersion(a, 2);
        EVENTS.contracts(a, 1, "70.73", "44.73", "35.13");
        publishApproved(b, "乙局", "200.00", 30);
        EVENTS.evaluation(b, 1, 80);
        awaitDisclosureVersion(b, 2);
        EVENTS.contracts(b, 1, "29.27", "5.27", "1.00");
        // c discloses only a declared procurement total: known to the division, final accounts not published
        EVENTS.procurement(c, 1, "10.00");
        awaitDisclosureVersion(a, 3);
        awaitDisclosureVersion(b, 3);
        awaitDisclosureVersion(c, 1);

        given().queryParam("year", 2020).queryParam("division", division).get("/api/v1/stats").then()
                .statusCode(200)
                .body("departments", equalTo(3))
                .body("withFinalAccounts", equalTo(2))
                .body("income", equalTo(300.00f))
                .body("expenditure", equalTo(1684.28f))
                .body("threePublicActual", equalTo(1.06f))
                .body("threePublicBudget", equalTo(3.00f))
                .body("withProcurement", equalTo(3))
                .body("procurementTotal", equalTo(110.00f))
                .body("procurementSme", equalTo(50.00f))
                // (44.73 + 5.27) / (70.73 + 29.27): the mean of the two ratios would be 40.62
                .body("smeRatio", equalTo(50.00f))
                .body("smallMicroRatio", equalTo(36.13f))
                .body("grades", equalTo(Map.of("优", 1, "良", 1)));

        given().queryParam("year", 2020).queryParam("division", division).get("/api/v1/stats/compliance").then()
                .statusCode(200)
                .body("dueDays", equalTo(20))
                .body("counts.ON_TIME", equalTo(1)).body("counts.LATE", equalTo(1))
                .body("counts.NOT_PUBLISHED", equalTo(1))
                .body("departments", hasSize(3))
                .body("departments[0].status", equalTo("ON_TIME"))
                .body("departments[0].daysAfterApproval", equalTo(5))
                .body("departments[0].approvalNumber", equalTo("鲤财预〔2021〕8号"))
                .body("departments[1].departmentName", equalTo("乙局"))
                .body("departments[1].status", equalTo("LATE"))
                .body("departments[1].daysAfterApproval", equalTo(30))
                .body("departments[2].status", equalTo("NOT_PUBLISHED"))
                .body("departments[2].publishedOn", nullValue());

        Problems.assertInvalidField(given().get("/api/v1/stats").then(), "year");
        Problems.assertInvalidField(given().queryParam("year", 2020).queryParam("division", "x")
                .get("/api/v1/stats/compliance").then(), "division");
    }

    @Test
    void aShareIsOfTheTotalsThatStateItsAmountOnly() throws Exception {
        String division = String.valueOf(ThreadLocalRandom.current().nextInt(110_000, 999_999));
        EVENTS.contracts(division + "001", 1, "100.00", "50.00", "20.00");
        // states its SME amount but not the small and micro one: absent, not zero
        EVENTS.declaredWithoutSmallMicro(division + "002", 1, "100.00", "30.00");
        awaitDisclosureVersion(division + "001", 1);
        awaitDisclosureVersion(division + "002", 1);

        given().queryParam("year", 2020).queryParam("division", division).get("/api/v1/stats").then()
                .statusCode(200)
                .body("procurementTotal", equalTo(200.00f))
                .body("procurementSme", equalTo(80.00f))
                .body("procurementSmallMicro", equalTo(20.00f))
                .body("smeRatio", equalTo(40.00f))
                // 20 of the 100 whose small and micro amount is stated; 10.00 if the absent one counted as 0
                .body("smallMicroRatio", equalTo(20.00f));
    }

    @Test
    void aDepartmentsThreePublicTotalIsSummedOnlyWhenEveryKindIsStated() throws Exception {
        String division = String.valueOf(ThreadLocalRandom.current().nextInt(110_000, 999_999));
        publishApproved(division + "001", "甲局", "100.00", 5);
        ObjectNode partial = PartEvents.finalAccountsPayload(division + "002", 1, "乙局", "100.00", null);
        ((ObjectNode) partial.at("/threePublic/actual")).remove("vehicleOperation");
        ((ObjectNode) partial.at("/threePublic/budget")).remove("abroad");
        EVENTS.publishFinalAccounts(division + "002", 1, partial);
        awaitDisclosureVersion(division + "002", 1);

        given().queryParam("year", 2020).queryParam("division", division).get("/api/v1/stats").then()
                .statusCode(200)
                .body("withFinalAccounts", equalTo(2))
                // 甲局's 0.53 alone: 乙局 states three kinds of four, whose sum is not its total
                .body("threePublicActual", equalTo(0.53f))
                .body("threePublicBudget", equalTo(1.50f));
    }

    @Test
    void complianceIsRevalidatedUntilTheGatewayAppliesAChange() throws Exception {
        String division = String.valueOf(ThreadLocalRandom.current().nextInt(110_000, 999_999));
        String a = division + "001";
        String b = division + "002";
        publishApproved(a, "甲局", "100.00", 5);

        String tag = given().queryParam("year", 2020).queryParam("division", division)
                .get("/api/v1/stats/compliance").then()
                .statusCode(200)
                .body("departments", hasSize(1))
                .body("counts.ON_TIME", equalTo(1)).body("counts.LATE", equalTo(0))
                .extract().header("ETag");
        given().queryParam("year", 2020).queryParam("division", division).header("If-None-Match", tag)
                .get("/api/v1/stats/compliance").then()
                .statusCode(304);

        publishApproved(b, "乙局", "200.00", 30);

        given().queryParam("year", 2020).queryParam("division", division).header("If-None-Match", tag)
                .get("/api/v1/stats/compliance").then()
                .statusCode(200)
                .header("ETag", not(equalTo(tag)))
                .body("departments.departmentCode", contains(a, b))
                .body("counts.ON_TIME", equalTo(1)).body("counts.LATE", equalTo(1));
    }

    @Test
    void findingsThatNeedTwoPartsAreMadeAtTheGateway() throws Exception {
        String dept = DemoData.randomDepartmentCode();
        EVENTS.finalAccounts(dept, 1, "部门丙", "842.14");
        awaitDisclosureVersion(dept, 1);
        EVENTS.evaluation(dept, 1, 92);
        awaitDisclosureVersion(dept, 2);
        // 45.23 万元 spent against 55.43 of 项目支出 under 2011302: consistent
        given().get(URL, dept, 2020).then().body("findings", hasSize(0));

        EVENTS.publishEvaluation(dept, 2, PartEvents.evaluationPayload(dept, 2, 92, "55.44"));
        awaitDisclosureVersion(dept, 3);
        given().get(URL, dept, 2020).then().body("findings", hasSize(0));

        EVENTS.publishEvaluation(dept, 3, PartEvents.evaluationPayload(dept, 3, 92, "55.45"));
        EVENTS.procurement(dept, 1, "900.00");
        awaitDisclosureVersion(dept, 5);
        given().get(URL, dept, 2020).then()
                .body("findings", hasSize(2))
                .body("findings.find { it.rule == 'GW-EVAL-PROJECT-SPENDING' }.severity", equalTo("ERROR"))
                .body("findings.find { it.rule == 'GW-EVAL-PROJECT-SPENDING' }.location.row",
                        equalTo("招商和政务网安全维护等专项"))
                .body("findings.find { it.rule == 'GW-PROC-ABOVE-EXPENDITURE' }.severity", equalTo("ERROR"));

        ObjectNode other = PartEvents.evaluationPayload(dept, 4, 92, "10.00");
        ((ObjectNode) other.withArray("projects").get(0)).put("functionCode", "2080505");
        EVENTS.publishEvaluation(dept, 4, other);
        awaitDisclosureVersion(dept, 6);
        given().get(URL, dept, 2020).then()
                .body("findings.find { it.rule == 'GW-EVAL-PROJECT-FUNCTION' }.severity", equalTo("WARNING"));
    }
}
