package io.juesuan.procurement;

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
 * Procurement as the 财库〔2020〕46号 reserved-project scheme states it (Shanghai's template): the sentences, the SME
 * share derived from what SMEs won, and the checks that the parts add up and nothing won exceeds what was reserved.
 */
@QuarkusTest
class ReservedSharesTest {

    private static final String URL = "/api/v1/procurement/{dept}/{year}";
    private static final String SUMMARY = "{\"unit\":\"万元\",\"declaredSummary\":{\"total\":300.00,\"goods\":100.00,"
            + "\"works\":50.00,\"services\":150.00},";

    private static String reserved(String figures) {
        return SUMMARY + "\"reserved\":{" + figures + "}}";
    }

    private static final String CONSISTENT = "\"smeReserved\":120.00,\"smallMicroReserved\":80.00,"
            + "\"smeAwardedInReserved\":110.00,\"smallMicroAwardedInReserved\":75.00,\"smeAwardedInOther\":40.00";

    @Test
    void theSchemeIsPrintedClauseByClauseAndTheSmeShareIsDerivedFromWhatSmesWon() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(reserved(CONSISTENT)).put(URL, dept, 2024).then()
                .statusCode(201)
                .body("sentence", equalTo("本部门2024年度政府采购金额（以合同签订为准）为300.00万元，其中：货物采购金额100.00万元、"
                        + "工程采购金额50.00万元、服务采购金额150.00万元。2024年度本部门面向中小企业预留政府采购项目预算金额"
                        + "120.00万元，面向小微企业预留政府采购项目预算金额80.00万元。在面向中小企业预留的政府采购项目中，由中小"
                        + "企业供应商中标或成交的，采购金额110.00万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或"
                        + "成交的，采购金额75.00万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额40.00万元。"))
                .body("reserved.smeReserved", equalTo(120.00f))
                .body("reserved.smeAwarded", equalTo(150.00f))
                // 150 / 300
                .body("reserved.smeShare", equalTo(50.00f))
                // what SMEs won in all is stated after all: native entry needs no separate SME amount
                .body("findings.rule", not(hasItem("PROC-SME-MISSING")))
                .body("findings", equalTo(java.util.List.of()));
        Workflow.submit(URL, dept, 2024).statusCode(200);
    }

    @Test
    void aShareIsRoundedHalfUpAndAFigureNotStatedHasNoClause() {
        String dept = DemoData.randomDepartmentCode();
        // 0.01 + 0.00 over 3.00 is 0.333…%; 0.02 would be 0.666…%
        given().contentType(ContentType.JSON).body("{\"unit\":\"万元\",\"declaredSummary\":{\"total\":3.00},"
                        + "\"reserved\":{\"smeAwardedInReserved\":0.02,\"smeAwardedInOther\":0.00}}")
                .put(URL, dept, 2024).then().statusCode(201)
                .body("reserved.smeShare", equalTo(0.67f))
                .body("reserved.smeReserved", nullValue())
                .body("sentence", equalTo("本部门2024年度政府采购金额（以合同签订为准）为3.00万元。在面向中小企业预留的政府采购"
                        + "项目中，由中小企业供应商中标或成交的，采购金额0.02万元；在其他政府采购项目中，由中小企业供应商中标或"
                        + "成交的，采购金额0.00万元。"));
    }

    @Test
    void wonAboveReservedAndPartsThatDoNotAddUpAreFlagged() {
        String dept = DemoData.randomDepartmentCode();
        String slips = "\"smeReserved\":120.00,\"smallMicroReserved\":130.00,\"smeAwardedInReserved\":125.00,"
                + "\"smallMicroAwardedInReserved\":75.00,\"smeAwardedInOther\":40.00";
        given().contentType(ContentType.JSON).body(reserved(slips).replace("\"services\":150.00}",
                        "\"services\":150.00,\"sme\":165.01}"))
                .put(URL, dept, 2024).then().statusCode(201)
                .body("findings.findAll { it.rule == 'PROC-RESERVED-SMALL-MICRO-ABOVE-SME' }.location.row",
                        equalTo(java.util.List.of("reserved.smallMicroReserved")))
                .body("findings.findAll { it.rule == 'PROC-RESERVED-AWARDED-ABOVE-RESERVED' }.location.row",
                        equalTo(java.util.List.of("reserved.smeAwardedInReserved")))
                // 125 + 40 against a stated 165.01: a one-fen tail over two parts is a warning
                .body("findings.find { it.rule == 'PROC-RESERVED-PARTS-SUM' }.severity", equalTo("WARNING"));
        Problems.assertProblem(Workflow.submit(URL, dept, 2024), 422);

        given().contentType(ContentType.JSON).body(reserved(CONSISTENT).replace("\"services\":150.00}",
                        "\"services\":150.00,\"sme\":160.00}"))
                .put(URL, DemoData.randomDepartmentCode(), 2024).then().statusCode(201)
                .body("findings.find { it.rule == 'PROC-RESERVED-PARTS-SUM' }.severity", equalTo("ERROR"));
    }

    @Test
    void hostileFiguresAreRefusedAndNothingIsStored() {
        String dept = DemoData.randomDepartmentCode();
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(reserved("\"smeReserved\":-1")).put(URL, dept, 2024).then(), "reserved.smeReserved");
        Problems.assertInvalidField(given().contentType(ContentType.JSON)
                .body(reserved("\"smeAwardedInOther\":0.0000001")).put(URL, dept, 2024).then(),
                "reserved.smeAwardedInOther");
        Problems.assertProblem(given().contentType(ContentType.JSON)
                .body(reserved("\"smeReserved\":\"1e400\"")).put(URL, dept, 2024).then(), 400);
        Problems.assertProblem(given().contentType(ContentType.JSON)
                .body(reserved("\"smeReservd\":1")).put(URL, dept, 2024).then(), 400);
        Problems.assertProblem(given().get(URL, dept, 2024).then(), 404);
    }
}
