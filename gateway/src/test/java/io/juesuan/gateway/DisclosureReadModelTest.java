package io.juesuan.gateway;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DisclosureReadModelTest {

    private static final String URL = "/api/v1/disclosures/{dept}/{year}";
    private static final PartEvents EVENTS = new PartEvents();

    @AfterAll
    static void closeProducer() {
        EVENTS.close();
    }

    private static void awaitVersion(String dept, String part, int version) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().get(URL, dept, 2020).then().extract().statusCode() == 200
                        && Integer.valueOf(version).equals(
                        given().get(URL, dept, 2020).then().extract().path("versions." + part)));
    }

    @Test
    void assemblesTheThreePublishedPartsWithTheirVersions() throws Exception {
        String dept = DemoData.randomDepartmentCode();
        EVENTS.finalAccounts(dept, 1, "泉州市鲤城区工业和信息化局", "842.14");
        EVENTS.evaluation(dept, 1, 92);
        EVENTS.procurement(dept, 1, "50.25");
        awaitVersion(dept, "procurement", 1);
        awaitVersion(dept, "evaluation", 1);
        awaitVersion(dept, "finalAccounts", 1);

        given().get(URL, dept, 2020).then().statusCode(200)
                .body("departmentCode", equalTo(dept))
                .body("year", equalTo(2020))
                .body("department.name", equalTo("泉州市鲤城区工业和信息化局"))
                .body("finalAccounts.tables.'01'.rows.find { it.code == 'INCOME_TOTAL' }.values.amount", equalTo(842.14f))
                .body("evaluation.projects[0].grade", equalTo("优"))
                .body("procurement.declaredSummary.total", equalTo(50.25f));
    }

    @Test
    void aVersionAlreadyHeldIsIgnoredAndALateOlderVersionDoesNotWinOverANewerOne() throws Exception {
        String dept = DemoData.randomDepartmentCode();
        EVENTS.finalAccounts(dept, 1, "部门甲", "100.00");
        EVENTS.finalAccounts(dept, 1, "重复投递不应覆盖", "999.99");
        EVENTS.finalAccounts(dept, 2, "部门甲", "101.00");
        awaitVersion(dept, "finalAccounts", 2);
        EVENTS.finalAccounts(dept, 1, "部门甲", "100.00");
        // a marker event sent last: once it is applied, every earlier event of the partition was too
        EVENTS.evaluation(dept, 1, 80);
        awaitVersion(dept, "evaluation", 1);

        given().get(URL, dept, 2020).then().statusCode(200)
                .body("versions.finalAccounts", equalTo(2))
                .body("finalAccounts.tables.'01'.rows.find { it.code == 'INCOME_TOTAL' }.values.amount", equalTo(101.00f))
                .body("department.name", equalTo("部门甲"))
                .body("procurement", nullValue());
    }

    @Test
    void malformedEventsAreSkippedWithoutStoppingTheConsumer() throws Exception {
        String dept = DemoData.randomDepartmentCode();
        EVENTS.send("test.procurement.summaries.v1", dept + ":2020", "not json at all");
        EVENTS.send("test.procurement.summaries.v1", dept + ":2020", "{\"key\":\"bad\"}");
        EVENTS.procurement(dept, 1, "12.34");
        awaitVersion(dept, "procurement", 1);
        given().get(URL, dept, 2020).then().body("procurement.declaredSummary.total", equalTo(12.34f));
    }

    @Test
    void unknownDisclosureIs404AndMalformedCodeIs400() {
        Problems.assertProblem(given().get(URL, "350502998", 2020).then(), 404);
        Problems.assertProblem(given().get(URL, "3505", 2020).then(), 404);
        Problems.assertProblem(given().get(URL, "350502001", 20201).then(), 404);
    }
}
