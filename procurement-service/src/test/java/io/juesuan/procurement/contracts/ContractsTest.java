package io.juesuan.procurement.contracts;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Contracts through the API: the summary they give equals a hand calculation (93.72 万元 in all; 81.72 to SMEs,
 * 87.20%; 42.22 to small and micro, 45.05%), bad credit codes are refused, and disagreements are findings.
 */
@QuarkusTest
class ContractsTest {

    private static final String PART = "/api/v1/procurement/{dept}/{year}";
    private static final String CONTRACTS = PART + "/contracts";

    static String contract(String number, String title, String category, String amount, String supplier,
                           String creditCode, String scale) {
        return "{\"number\": \"" + number + "\", \"title\": \"" + title + "\", \"category\": \"" + category
                + "\", \"method\": \"COMPETITIVE_CONSULTATION\", \"amount\": " + amount
                + ", \"awardDate\": \"2021-03-02\", \"signingDate\": \"2021-03-10\", \"reservedForSme\": false,"
                + " \"supplier\": {\"name\": \"" + supplier + "\", \"creditCode\": \"" + creditCode
                + "\", \"scale\": \"" + scale + "\"}}";
    }

    private static ValidatableResponse post(String dept, String body) {
        return given().contentType(ContentType.JSON).body(body).post(CONTRACTS, dept, 2021).then();
    }

    /** Four contracts of a department-year, one per category and scale. */
    private static String departmentWithContracts() {
        String dept = DemoData.randomDepartmentCode();
        post(dept, contract("LC-2021-001", "办公设备采购", "GOODS", "120000.00", "泉州某大型设备有限公司",
                "914403001922038216", "LARGE")).statusCode(201);
        post(dept, contract("LC-2021-002", "办公楼屋面防水维修工程", "WORKS", "395000.00", "鲤城区某建筑工程有限公司",
                "91350502MA2Y0A1B3J", "MEDIUM")).statusCode(201);
        post(dept, contract("LC-2021-003", "政务网安全运维服务", "SERVICES", "300000.00", "泉州某信息技术有限公司",
                "91350502MA2Y0A2C4C", "SMALL")).statusCode(201);
        post(dept, contract("LC-2021-004", "惠企政策宣讲会会务服务", "SERVICES", "122200.00", "鲤城区某会务服务部",
                "92350502MA2Y0A3D53", "MICRO")).statusCode(201);
        return dept;
    }

    @Test
    void contractsGiveTheSummaryAHandCalculationGives() {
        String dept = departmentWithContracts();
        given().get(PART, dept, 2021).then().statusCode(200)
                .body("declaredSummary", nullValue())
                .body("contractSummary.total", equalTo(93.72f))
                .body("contractSummary.goods", equalTo(12.00f))
                .body("contractSummary.works", equalTo(39.50f))
                .body("contractSummary.services", equalTo(42.22f))
                .body("contractSummary.sme", equalTo(81.72f))
                .body("contractSummary.smallMicro", equalTo(42.22f))
                .body("contractSummary.smeRatio", equalTo(87.20f))
                .body("contractSummary.smallMicroRatio", equalTo(45.05f))
                .body("sentence", equalTo("本单位2021年度政府采购支出总额93.72万元，其中：政府采购货物支出12.00万元、"
                        + "政府采购工程支出39.50万元、政府采购服务支出42.22万元。授予中小企业合同金额81.72万元，"
                        + "占政府采购支出总额的87.20%，其中：授予小微企业合同金额42.22万元，占政府采购支出总额的45.05%。"))
                .body("findings.size()", equalTo(0))
                .body("revision", equalTo(4));
    }

    @Test
    void theListPagesAndFilters() {
        String dept = departmentWithContracts();
        given().get(CONTRACTS + "?size=3", dept, 2021).then().statusCode(200)
                .body("total", equalTo(4)).body("items.number", equalTo(List.of("LC-2021-001", "LC-2021-002",
                        "LC-2021-003")));
        given().get(CONTRACTS + "?size=3&page=1", dept, 2021).then().body("items.number",
                equalTo(List.of("LC-2021-004")));
        given().get(CONTRACTS + "?scale=MICRO", dept, 2021).then().body("total", equalTo(1));
        given().get(CONTRACTS + "?category=SERVICES&q=政务网", dept, 2021).then()
                .body("items.supplier.name", equalTo(List.of("泉州某信息技术有限公司")));
        Problems.assertProblem(given().get(CONTRACTS + "?size=0", dept, 2021).then(), 400);
    }

    @Test
    void aWrongCreditCodeIsRefusedAndStoresNothing() {
        String dept = departmentWithContracts();
        Problems.assertInvalidField(post(dept, contract("LC-2021-005", "印刷服务", "SERVICES", "1000.00",
                "某印刷厂", "91350502MA2Y0A1B3K", "SMALL")), "supplier.creditCode");
        Problems.assertInvalidField(post(dept, contract("LC-2021-005", "印刷服务", "SERVICES", "-1000.00",
                "某印刷厂", "91350502MA2Y0A1B3J", "SMALL")), "amount");
        Problems.assertInvalidField(post(dept, contract("LC-2021-005", "印刷服务", "SERVICES", "1000.00",
                "某印刷厂", "91350502MA2Y0A1B3J", "TINY")), "supplier.scale");
        given().get(CONTRACTS, dept, 2021).then().body("total", equalTo(4));
        given().get(PART, dept, 2021).then().body("revision", equalTo(4));
    }

    @Test
    void replacingDeletingAndDuplicatesChangeTheSummaryAndTheFindings() {
        String dept = departmentWithContracts();
        long id = given().get(CONTRACTS + "?q=LC-2021-004", dept, 2021).then().extract().jsonPath()
                .getLong("items[0].id");
        given().contentType(ContentType.JSON).body(contract("LC-2021-003", "惠企政策宣讲会会务服务", "SERVICES",
                "122200.00", "鲤城区某会务服务部", "92350502MA2Y0A3D53", "MICRO")).put(CONTRACTS + "/{id}", dept, 2021, id)
                .then().statusCode(200);
        given().get(PART, dept, 2021).then()
                .body("findings.find { it.rule == 'PROC-DUPLICATE-CONTRACT-NUMBER' }.location.row",
                        equalTo("LC-2021-003"))
                .body("findings.find { it.rule == 'PROC-DUPLICATE-CONTRACT-NUMBER' }.severity", equalTo("ERROR"));
        given().delete(CONTRACTS + "/{id}", dept, 2021, id).then().statusCode(204);
        given().get(CONTRACTS + "/{id}", dept, 2021, id).then().statusCode(404);
        given().get(PART, dept, 2021).then().body("contractSummary.total", equalTo(81.50f))
                .body("findings.size()", equalTo(0));
    }

    @Test
    void aDeclaredSummaryThatDiffersFromTheContractsIsAFinding() {
        String dept = departmentWithContracts();
        given().contentType(ContentType.JSON).body("{\"unit\": \"万元\", \"declaredSummary\": {\"total\": 93.73, "
                + "\"goods\": 12.00, \"works\": 39.50, \"services\": 42.22, \"sme\": 80.00, \"smallMicro\": 42.22}}")
                .put(PART, dept, 2021).then().statusCode(200)
                .body("findings.findAll { it.rule == 'PROC-DECLARED-DIFFERS' }.collect { it.location.row + ' ' "
                        + "+ it.severity }", equalTo(List.of("total WARNING", "sme ERROR")))
                .body("findings.rule", hasItem("PROC-PARTS-SUM"));
    }
}
