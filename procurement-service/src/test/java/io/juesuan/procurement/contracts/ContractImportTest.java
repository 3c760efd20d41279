package io.juesuan.procurement.contracts;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** CSV import: all lines or none, every bad line named by its number. */
@QuarkusTest
class ContractImportTest {

    private static final String PART = "/api/v1/procurement/{dept}/{year}";
    /**
     * The demo's 2021 contracts: six lines after the header (lines 2 to 7), line 7's supplier code is the one a
     * test breaks.
     */
    private static final String SIX = DemoData.read(2021, "contracts.csv");

    private static ValidatableResponse upload(String dept, String csv, String query) {
        return given().contentType("text/csv; charset=UTF-8").body(csv)
                .post(PART + "/contracts/import" + query, dept, 2021).then();
    }

    @Test
    void aGoodFileImportsEveryLineAndTheSummaryFollows() {
        String dept = DemoData.randomDepartmentCode();
        upload(dept, SIX, "").statusCode(201).body("imported", equalTo(6)).body("contracts", equalTo(6));
        // 12,500 + 180,000 + 96,000 + 8,800 + 260,000 + 150,000 = 707,300; SMEs 447,300 (63.24%); small and micro 351,300 (49.67%)
        given().get(PART, dept, 2021).then().statusCode(200)
                .body("contractSummary.total", equalTo(70.73f))
                .body("contractSummary.goods", equalTo(27.25f))
                .body("contractSummary.works", equalTo(18.00f))
                .body("contractSummary.services", equalTo(25.48f))
                .body("contractSummary.smeRatio", equalTo(63.24f))
                .body("contractSummary.smallMicroRatio", equalTo(49.67f))
                .body("contracts.find { it.number == 'LC-2021-102' }.title", equalTo("会议室改造工程，含电路"))
                .body("contracts.find { it.number == 'LC-2021-102' }.reservedForSme", equalTo(true));
        upload(dept, SIX, "?replace=true").statusCode(201).body("contracts", equalTo(6));
    }

    @Test
    void aBadCreditCodeOnLineSevenRejectsTheFileNamingLineSeven() {
        String dept = DemoData.randomDepartmentCode();
        Problems.assertInvalidField(upload(dept, SIX.replace("91350500MA2Y0B6C6K", "91350500MA2Y0B6C6J"), ""),
                "line[7].supplierCreditCode");
        Problems.assertProblem(given().get(PART, dept, 2021).then(), 404);
        given().get(PART + "/contracts", dept, 2021).then().body("total", equalTo(0));
    }

    @Test
    void everyBadLineIsReportedAtOnce() {
        String dept = DemoData.randomDepartmentCode();
        upload(dept, SIX, "").statusCode(201);
        String bad = SIX.replace("96000.00", "96000.001").replace(",微型\nLC-2021-105", ",巨型\nLC-2021-105")
                .replace("2021-07-15", "2021/07/15");
        upload(dept, bad, "?replace=true").statusCode(400)
                .body("errors.field", equalTo(List.of("line[4].amount", "line[5].supplierScale", "line[6].awardDate")));
        given().get(PART + "/contracts", dept, 2021).then().body("total", equalTo(6));
        Problems.assertInvalidField(upload(dept, "number,title\nA,B\n", ""), "line[1].category");
    }
}
