package io.juesuan.accounts;

import io.agroal.api.AgroalDataSource;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.juesuan.platform.testing.Workflow.APPROVAL;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** Every write and refused write is in the audit log, which reviewers of the division read and nobody changes. */
@QuarkusTest
class AuditLogTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static final String NATIVE = FinalAccountsDocuments.nativeSeed();

    @Inject
    AgroalDataSource database;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void whoDidWhatToWhichRevisionAndWhatWasRefusedIsLogged() {
        String dept = DemoData.randomDepartmentCode();
        String division = dept.substring(0, 6);
        String discloser = Tokens.discloser(dept);
        String reviewer = Tokens.reviewer(division);
        as(reviewer).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept).then().statusCode(201);
        as(discloser).body(NATIVE).put(URL, dept, 2020).then().statusCode(201);
        as(discloser).header("If-Match", "\"r1\"").body(NATIVE).put(URL, dept, 2020).then().statusCode(200);
        Problems.assertProblem(as(discloser).header("If-Match", "\"r1\"").body(NATIVE).put(URL, dept, 2020).then(),
                412);
        as(discloser).post(URL + "/submit", dept, 2020).then().statusCode(200)
                .body("submittedBy", equalTo("discloser-" + dept));
        Problems.assertProblem(as(discloser).body("{" + APPROVAL + "}").post(URL + "/publish", dept, 2020).then(), 403);
        Problems.assertProblem(given().auth().none().contentType(ContentType.JSON).body(NATIVE)
                .put(URL, dept, 2020).then(), 401);
        as(reviewer).body("{" + APPROVAL + "}").post(URL + "/publish", dept, 2020).then().statusCode(200);

        List<Map<String, Object>> entries = as(reviewer).queryParam("department", dept).get("/api/v1/audit/accounts")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(entries).extracting(e -> e.get("method") + " " + e.get("route") + " " + e.get("status") + " "
                        + e.get("outcome") + " " + e.get("subject") + " " + e.get("role") + " r" + e.get("revisionBefore")
                        + "->r" + e.get("revisionAfter"))
                .containsExactly(
                        "PUT /api/v1/departments/{departmentCode} 201 accepted reviewer-" + division
                                + " reviewer rnull->rnull",
                        "PUT /api/v1/final-accounts/{departmentCode}/{year} 201 accepted discloser-" + dept
                                + " discloser rnull->r1",
                        "PUT /api/v1/final-accounts/{departmentCode}/{year} 200 accepted discloser-" + dept
                                + " discloser r1->r2",
                        "PUT /api/v1/final-accounts/{departmentCode}/{year} 412 refused discloser-" + dept
                                + " discloser r2->rnull",
                        "POST /api/v1/final-accounts/{departmentCode}/{year}/submit 200 accepted discloser-" + dept
                                + " discloser r2->r2",
                        "POST /api/v1/final-accounts/{departmentCode}/{year}/publish 403 refused discloser-" + dept
                                + " discloser rnull->rnull",
                        "PUT /api/v1/final-accounts/{departmentCode}/{year} 401 refused null null rnull->rnull",
                        "POST /api/v1/final-accounts/{departmentCode}/{year}/publish 200 accepted reviewer-" + division
                                + " reviewer r2->r2");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("departmentCode")).isEqualTo(dept);
            assertThat(entry.get("at")).isNotNull();
            assertThat(entry.get("remoteAddress")).isNotNull();
        });
    }

    @Test
    void aWriteRefusedBeforeItReachedAnEndpointIsLoggedToo() {
        String dept = DemoData.randomDepartmentCode();
        String path = "/api/v1/final-accounts/" + dept + "/2020";
        given().auth().oauth2(Tokens.forged(Tokens.admin())).contentType(ContentType.JSON).body(NATIVE).put(path)
                .then().statusCode(401);
        List<Map<String, Object>> found = new java.util.ArrayList<>();
        Object after = 0;
        while (after != null && found.isEmpty()) {
            JsonPath page = as(Tokens.admin()).queryParam("after", after).queryParam("limit", 500)
                    .get("/api/v1/audit/accounts").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(entry -> path.equals(entry.get("path"))).forEach(found::add);
            after = page.get("next");
        }
        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.get("status")).isEqualTo(401);
            assertThat(entry.get("outcome")).isEqualTo("refused");
            assertThat(entry.get("route")).isEqualTo("-");
            assertThat(entry.get("subject")).isNull();
        });
    }

    @Test
    void reviewersReadTheirDivisionOnlyAndNobodyChangesAnEntry() throws SQLException {
        String dept = DemoData.randomDepartmentCode();
        as(Tokens.reviewer(dept.substring(0, 6))).body(DemoData.departmentAs(dept))
                .put("/api/v1/departments/{c}", dept).then().statusCode(201);
        JsonPath own = as(Tokens.reviewer(dept.substring(0, 4))).get("/api/v1/audit/accounts?limit=500").then()
                .statusCode(200).extract().jsonPath();
        assertThat(own.getList("items.departmentCode", String.class)).isNotEmpty()
                .allMatch(code -> code.startsWith(dept.substring(0, 4)));
        String elsewhere = dept.startsWith("9") ? "10" : "99";
        assertThat(as(Tokens.reviewer(elsewhere)).get("/api/v1/audit/accounts?limit=500").then().statusCode(200).extract()
                .jsonPath().getList("items.departmentCode", String.class)).doesNotContain(dept);
        Problems.assertProblem(as(Tokens.reviewer(elsewhere)).queryParam("department", dept).get("/api/v1/audit/accounts")
                .then(), 403);
        Problems.assertProblem(as(Tokens.discloser(dept)).get("/api/v1/audit/accounts").then(), 403);
        Problems.assertInvalidField(as(Tokens.admin()).queryParam("from", "yesterday").get("/api/v1/audit/accounts").then(),
                "from");

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String change : new String[] {"UPDATE audit_entry SET status = 200", "DELETE FROM audit_entry",
                    "TRUNCATE audit_entry"}) {
                assertThatThrownBy(() -> statement.execute(change)).as(change).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
        }
    }
}
