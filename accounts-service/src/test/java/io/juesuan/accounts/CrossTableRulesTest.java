package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Rules across tables, each shown on the seed with one figure changed; the seed itself breaks none of them. */
@QuarkusTest
class CrossTableRulesTest {

    private static final String SEED = FinalAccountsDocuments.legacySeed();

    private static ValidatableResponse save(String document) {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept);
        return given().contentType(ContentType.JSON).body(document)
                .put("/api/v1/final-accounts/{dept}/{year}", dept, 2020).then().statusCode(201);
    }

    /** Replaces the first occurrence only, so one printed figure changes. */
    private static String change(String from, String to) {
        int at = SEED.indexOf(from);
        return SEED.substring(0, at) + to + SEED.substring(at + from.length());
    }

    @Test
    void theSeedBreaksNoCrossTableRule() {
        save(SEED).body("findings.rule", not(hasItem("ACC-01-EQ-02-03")))
                .body("findings.rule", not(hasItem("ACC-04-EQ-05")))
                .body("findings.rule", not(hasItem("ACC-05-EQ-06")))
                .body("findings.rule", not(hasItem("ACC-BALANCE")))
                .body("findings.rule", not(hasItem("ACC-07-GE-06")));
    }

    @Test
    void expenditureTotalOf03ThatDiffersFrom01IsAnError() {
        save(change("\"total\": 842.14,\n        \"basic\"", "\"total\": 843.14,\n        \"basic\""))
                .body("findings.find { it.rule == 'ACC-01-EQ-02-03' }.severity", equalTo("ERROR"))
                .body("findings.find { it.rule == 'ACC-01-EQ-02-03' }.location.row", equalTo("EXPENDITURE_TOTAL"));
    }

    @Test
    void basicExpenditureOf05ThatDiffersFrom06IsAnError() {
        save(change("\"PUBLIC_TOTAL\": {\n        \"amount\": 25.60", "\"PUBLIC_TOTAL\": {\n        \"amount\": 25.70"))
                .body("findings.find { it.rule == 'ACC-05-EQ-06' }.severity", equalTo("ERROR"));
    }

    @Test
    void grandTotalsThatDifferBreakTheBalance() {
        save(change("\"INCOME_GRAND_TOTAL\": {\n        \"amount\": 842.14",
                "\"INCOME_GRAND_TOTAL\": {\n        \"amount\": 843.14"))
                .body("findings.find { it.rule == 'ACC-BALANCE' }.severity", equalTo("ERROR"));
    }

    @Test
    void receptionIn07BelowThe30217Of06IsOnlyAWarning() {
        save(change("\"reception\": 0.53", "\"reception\": 0.43"))
                .body("findings.find { it.rule == 'ACC-07-GE-06' }.severity", equalTo("WARNING"))
                .body("findings.find { it.rule == 'ACC-07-GE-06' }.location.row", equalTo("RECEPTION"));
    }
}
