package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Balances by fund fill 01 and 04 and must close the equation of both sides. */
@QuarkusTest
class BalancesTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    /** The seed's 项 lines in 万元: income 842.15, expenditure 842.14 (of which 709.66 general budget). */
    private static final String NATIVE = FinalAccountsDocuments.nativeSeed();

    private static String withBalances(String balances) {
        return NATIVE.replace("\n  \"basicExpenditure\"", "\n  \"balances\": " + balances + ",\n  \"basicExpenditure\"");
    }

    private static ValidatableResponse save(String body) {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept)
                .then().statusCode(201);
        return given().contentType(ContentType.JSON).body(body).put(URL, dept, 2020).then();
    }

    @Test
    void openingAndClosingBalancesFill01And04AndCloseTheEquation() {
        save(withBalances("{\"opening\": {\"generalBudget\": 20.00, \"nonFiscal\": 5.00}, "
                + "\"closing\": {\"generalBudget\": 20.00, \"nonFiscal\": 5.01}}"))
                .statusCode(201)
                .body("tables.'01'.rows.find { it.code == 'OPENING_BALANCE' }.values.amount", equalTo(25.00f))
                .body("tables.'01'.rows.find { it.code == 'CLOSING_BALANCE' }.values.amount", equalTo(25.01f))
                .body("tables.'01'.rows.find { it.code == 'INCOME_GRAND_TOTAL' }.values.amount", equalTo(867.15f))
                .body("tables.'01'.rows.find { it.code == 'EXPENDITURE_GRAND_TOTAL' }.values.amount", equalTo(867.15f))
                .body("tables.'04'.rows.find { it.code == 'OPENING_BALANCE' }.values.generalBudget", equalTo(20.00f))
                .body("tables.'04'.rows.find { it.code == 'OPENING_BALANCE' }.values.total", equalTo(20.00f))
                .body("findings.rule", not(hasItem("ACC-BALANCE")));
    }

    @Test
    void aClosingBalanceThatDoesNotFollowIsAnErrorPerFund() {
        save(withBalances("{\"opening\": {\"generalBudget\": 20.00}, \"closing\": {\"generalBudget\": 60.00}}"))
                .statusCode(201)
                .body("findings.findAll { it.rule == 'ACC-BALANCE' && it.severity == 'ERROR' }.location.column",
                        hasItem("generalBudget"))
                .body("findings.findAll { it.rule == 'ACC-BALANCE' && it.severity == 'ERROR' }.location.table",
                        hasItem("01"));
    }

    @Test
    void aNegativeOrTooFineBalanceIsRefusedNamingTheField() {
        Problems.assertInvalidField(save(withBalances("{\"opening\": {\"stateCapital\": -1.00}}")),
                "balances.opening.stateCapital");
        Problems.assertInvalidField(save(withBalances("{\"distribution\": 0.0000001}")), "balances.distribution");
    }
}
