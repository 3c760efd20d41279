package io.juesuan.e2e;

import io.juesuan.platform.testing.AdminTokenByDefault;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A department publishes its whole 2020 disclosure in the three services; the public reads it at the gateway. */
@ExtendWith(AdminTokenByDefault.class)
class DisclosureFlowTest {

    private static final int YEAR = 2020;
    private static final String TABLE_01 = "finalAccounts.tables.'01'.rows.find { it.code == '";
    private static LocalStack stack;
    private static AccountsApi accounts;
    private static PartApi evaluation;
    private static PartApi procurement;
    private static GatewayApi gateway;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.get();
        accounts = new AccountsApi(stack.accounts.url());
        evaluation = new PartApi(stack.evaluation.url(), "/api/v1/evaluations");
        procurement = new PartApi(stack.procurement.url(), "/api/v1/procurement");
        gateway = new GatewayApi(stack.gateway.url());
    }

    @Test
    void seedDisclosurePublishedInEveryServiceIsAssembledByTheGateway() {
        String dept = accounts.registerSeedDepartment();
        accounts.saveAndPublish(dept, YEAR, DemoData.read("final-accounts.json"));
        evaluation.saveAndPublish(dept, YEAR, DemoData.read("evaluation.json"));
        procurement.saveAndPublish(dept, YEAR, DemoData.read("procurement.json"));

        for (String part : new String[] {"finalAccounts", "evaluation", "procurement"}) {
            gateway.awaitVersion(dept, YEAR, part, 1, Duration.ofSeconds(30));
        }
        gateway.disclosure(dept, YEAR).statusCode(200)
                .body("department.name", equalTo("泉州市鲤城区工业和信息化局"))
                .body("department.divisionCode", equalTo(dept.substring(0, 6)))
                .body(TABLE_01 + "INCOME_TOTAL' }.values.amount", equalTo(842.14f))
                .body(TABLE_01 + "EXPENDITURE_TOTAL' }.values.amount", equalTo(842.14f))
                .body("finalAccounts.tables.'01'.rows.findAll { it.level == 'EXPENDITURE' }", hasSize(26))
                .body("finalAccounts.tables.'02'.rows.find { it.code == 'TOTAL' }.values.total", equalTo(842.14f))
                .body("finalAccounts.tables.'05'.rows.find { it.code == 'TOTAL' }.values.subtotal", equalTo(709.66f))
                .body("evaluation.projects[0].totalScore", equalTo(92.00f))
                .body("evaluation.projects[0].grade", equalTo("优"))
                .body("evaluation.projects[0].indicators", hasSize(12))
                .body("evaluation.projects[0].fundTable.spendingRate", equalTo(28.27f))
                .body("evaluation.summary.selfEvaluated", equalTo(1))
                .body("finalAccounts.explanations.sections[0].id", equalTo("OVERVIEW"))
                .body("finalAccounts.profile.units", hasSize(3))
                .body("procurement.declaredSummary.total", equalTo(50.25f))
                .body("procurement.declaredSummary.sme", equalTo(14.22f))
                .body("procurement.declaredSummary.smeRatio", equalTo(28.30f))
                .body("findings", hasSize(0));
        // the statistics of its division (a random one of its own) sum the real events' figures
        given().baseUri(stack.gateway.url()).queryParam("year", YEAR).queryParam("division", dept.substring(0, 6))
                .get("/api/v1/stats").then().statusCode(200)
                .body("income", equalTo(842.14f))
                .body("threePublicActual", equalTo(0.53f))
                .body("procurementTotal", equalTo(50.25f))
                .body("smeRatio", equalTo(28.30f))
                .body("grades.'优'", equalTo(1));
    }

    @Test
    void draftsNeverReachTheGateway() {
        String dept = accounts.registerSeedDepartment();
        accounts.save(dept, YEAR, DemoData.read("final-accounts.json")).statusCode(201);
        // a published part of another department proves the gateway has caught up past this draft's moment
        String other = accounts.registerSeedDepartment();
        accounts.saveAndPublish(other, YEAR, DemoData.read("final-accounts.json"));
        gateway.awaitVersion(other, YEAR, "finalAccounts", 1, Duration.ofSeconds(30));

        gateway.disclosure(dept, YEAR).statusCode(404);
    }

    /** The 2021 demo: procurement entered as contracts by CSV import, published, read at the gateway. */
    @Test
    void contractsImportedFromCsvReachTheGatewayAsTheirSummary() {
        String dept = accounts.registerSeedDepartment();
        String partUrl = stack.procurement.url() + "/api/v1/procurement/" + dept + "/2021";
        given().contentType("text/csv; charset=UTF-8").body(DemoData.read(2021, "contracts.csv"))
                .post(partUrl + "/contracts/import").then().statusCode(201).body("imported", equalTo(6));
        procurement.publish(dept, 2021, null).statusCode(200);
        gateway.awaitVersion(dept, 2021, "procurement", 1, Duration.ofSeconds(30));
        gateway.disclosure(dept, 2021).statusCode(200)
                .body("procurement.contractSummary.total", equalTo(70.73f))
                .body("procurement.contractSummary.smeRatio", equalTo(63.24f))
                .body("procurement.contracts", hasSize(6));
    }

    /** The check: a correction in accounts-service is a new version, a diff and one new feed entry. */
    @Test
    void aCorrectionPublishedInAccountsIsANewVersionADiffAndOneFeedEntry() {
        String dept = accounts.registerSeedDepartment();
        String document = DemoData.read("final-accounts.json");
        accounts.saveAndPublish(dept, YEAR, document);
        gateway.awaitVersion(dept, YEAR, "finalAccounts", 1, Duration.ofSeconds(30));
        assertThat(gateway.changesOf(dept)).hasSize(1);

        accounts.save(dept, YEAR, document.replace("\"reception\": 0.53", "\"reception\": 0.54")).statusCode(200);
        accounts.publish(dept, YEAR, "接待费更正").statusCode(200);
        gateway.awaitVersion(dept, YEAR, "finalAccounts", 2, Duration.ofSeconds(30));

        gateway.disclosure(dept, YEAR).statusCode(200).body("version", equalTo(2));
        given().baseUri(stack.gateway.url()).queryParam("version", 1)
                .get("/api/v1/disclosures/{dept}/{year}", dept, YEAR).then().statusCode(200)
                .body("finalAccounts.threePublic.actual.reception", equalTo(5300.00f));
        given().baseUri(stack.gateway.url()).get("/api/v1/disclosures/{dept}/{year}/diff", dept, YEAR).then()
                .statusCode(200)
                .body("publications[0].reason", equalTo("接待费更正"))
                .body("changes.find { it.path == 'finalAccounts.threePublic.actual.reception' }.before",
                        equalTo(5300.00f))
                .body("changes.find { it.path == 'finalAccounts.threePublic.actual.reception' }.after",
                        equalTo(5400.00f));
        List<Map<String, Object>> feed = gateway.changesOf(dept);
        assertThat(feed).hasSize(2);
        assertThat(feed.get(1)).containsEntry("kind", "CORRECTION").containsEntry("reason", "接待费更正")
                .containsEntry("version", 2);
    }

    /** One origin: the staff's writes go through the gateway to their service and come back as the service said. */
    @Test
    void theServicesPathsAreForwardedThroughTheGatewayWithTheirAnswersIntact() {
        AccountsApi viaGateway = new AccountsApi(stack.gateway.url());
        PartApi evaluationViaGateway = new PartApi(stack.gateway.url(), "/api/v1/evaluations");
        String dept = viaGateway.registerSeedDepartment();
        viaGateway.save(dept, YEAR, DemoData.read("final-accounts.json")).statusCode(201)
                .header("ETag", org.hamcrest.Matchers.notNullValue());
        viaGateway.publish(dept, YEAR, null).statusCode(200).body("publishedVersion", equalTo(1));
        evaluationViaGateway.saveAndPublish(dept, YEAR, DemoData.read("evaluation.json"));
        gateway.awaitVersion(dept, YEAR, "evaluation", 1, Duration.ofSeconds(30));
        gateway.disclosure(dept, YEAR).statusCode(200).body("version", equalTo(2));
        assertThat(gateway.changesOf(dept)).hasSize(2);

        // the service's problem comes back unchanged: status, media type, field errors
        given().baseUri(stack.gateway.url()).contentType("application/json").body("{\"year\": 2020, \"unit\": 5}")
                .put("/api/v1/final-accounts/{dept}/{year}", dept, YEAR).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("unit"));
        given().baseUri(stack.gateway.url()).get("/api/v1/departments/{dept}", "350502998").then()
                .statusCode(404).contentType("application/problem+json");
        given().baseUri(stack.gateway.url()).queryParam("status", "PUBLISHED")
                .get("/api/v1/final-accounts/{dept}/{year}/versions", dept, YEAR).then().statusCode(200)
                .body("publishedVersion", equalTo(List.of(1)));
    }

    /** Access through the one origin: each caller may do what its token's role and department or division allow. */
    @Test
    void throughTheGatewayADiscloserWritesItsOwnAReviewerPublishesAndThePublicReads() {
        String dept = accounts.registerSeedDepartment();
        String intruder = Tokens.discloser(DemoData.randomDepartmentCode());
        String discloser = Tokens.discloser(dept);
        String part = "/api/v1/procurement/{dept}/{year}";
        var gateway = given().baseUri(stack.gateway.url()).contentType("application/json");

        given().baseUri(stack.gateway.url()).auth().none().contentType("application/json")
                .body(DemoData.read("procurement.json")).put(part, dept, YEAR).then().statusCode(401);
        given().spec(gateway).auth().oauth2(intruder).body(DemoData.read("procurement.json"))
                .put(part, dept, YEAR).then().statusCode(403).contentType("application/problem+json");
        given().spec(gateway).auth().oauth2(discloser).body(DemoData.read("procurement.json"))
                .put(part, dept, YEAR).then().statusCode(201);
        given().spec(gateway).auth().oauth2(intruder).get(part, dept, YEAR).then().statusCode(403);
        given().spec(gateway).auth().oauth2(intruder).post(part + "/submit", dept, YEAR).then().statusCode(403);
        given().spec(gateway).auth().oauth2(discloser).post(part + "/submit", dept, YEAR).then().statusCode(200);
        given().spec(gateway).auth().oauth2(discloser).body("{}").post(part + "/publish", dept, YEAR).then()
                .statusCode(403);
        given().spec(gateway).auth().oauth2(Tokens.reviewer("00")).body("{}").post(part + "/publish", dept, YEAR)
                .then().statusCode(403);
        given().spec(gateway).auth().oauth2(Tokens.reviewer(dept.substring(0, 6))).body("{}")
                .post(part + "/publish", dept, YEAR).then().statusCode(200);

        this.gateway.awaitVersion(dept, YEAR, "procurement", 1, Duration.ofSeconds(30));
        given().baseUri(stack.gateway.url()).auth().none().get("/api/v1/disclosures/{dept}/{year}", dept, YEAR)
                .then().statusCode(200).body("procurement.declaredSummary.total", equalTo(50.25f));
        assertThat(this.gateway.changesOf(dept)).hasSize(1);
    }
}
