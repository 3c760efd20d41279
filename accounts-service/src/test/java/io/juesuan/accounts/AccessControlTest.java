package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.juesuan.platform.testing.Workflow.APPROVAL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The service verifies tokens itself: who may read, edit, submit, return and publish a department's accounts. */
@QuarkusTest
class AccessControlTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static final String NATIVE = FinalAccountsDocuments.nativeSeed();

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static RequestSpecification anonymous() {
        return given().auth().none().contentType(ContentType.JSON);
    }

    private static String registered() {
        String dept = DemoData.randomDepartmentCode();
        as(Tokens.reviewer(dept.substring(0, 4))).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept)
                .then().statusCode(201);
        return dept;
    }

    @Test
    void aDiscloserEditsAndSubmitsItsOwnDepartmentAndAReviewerOfItsDivisionPublishes() {
        String dept = registered();
        String discloser = Tokens.discloser(dept);
        as(discloser).body(NATIVE).put(URL, dept, 2020).then().statusCode(201);
        as(discloser).get(URL, dept, 2020).then().statusCode(200);
        as(discloser).post(URL + "/submit", dept, 2020).then().statusCode(200);
        Problems.assertProblem(as(discloser).body("{" + APPROVAL + "}").post(URL + "/publish", dept, 2020).then(), 403);
        Problems.assertProblem(as(Tokens.reviewer("00")).body("{" + APPROVAL + "}")
                .post(URL + "/publish", dept, 2020).then(), 403);
        as(Tokens.reviewer(dept.substring(0, 6))).body("{" + APPROVAL + "}").post(URL + "/publish", dept, 2020)
                .then().statusCode(200).body("publishedVersion", equalTo(1));

        // published versions are public; the working copy is not
        anonymous().get(URL + "/versions/1", dept, 2020).then().statusCode(200);
        Problems.assertProblem(anonymous().get(URL, dept, 2020).then(), 401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void anotherDepartmentsDiscloserAndAnAnonymousCallerChangeNothing() {
        String dept = registered();
        String other = DemoData.randomDepartmentCode();
        Problems.assertProblem(as(Tokens.discloser(other)).body(NATIVE).put(URL, dept, 2020).then(), 403);
        Problems.assertProblem(as(Tokens.discloser(other)).get(URL, dept, 2020).then(), 403);
        Problems.assertProblem(anonymous().body(NATIVE).put(URL, dept, 2020).then(), 401);
        Problems.assertProblem(as(Tokens.reviewer("00")).get(URL, dept, 2020).then(), 403);
        as(Tokens.admin()).get(URL, dept, 2020).then().statusCode(404);
    }

    @Test
    void onlyAReviewerOfItsDivisionRegistersADepartmentAndForgedTokensAreRefused() {
        String dept = DemoData.randomDepartmentCode();
        Problems.assertProblem(as(Tokens.discloser(dept)).body(DemoData.departmentAs(dept))
                .put("/api/v1/departments/{c}", dept).then(), 403);
        Problems.assertProblem(as(Tokens.reviewer("00")).body(DemoData.departmentAs(dept))
                .put("/api/v1/departments/{c}", dept).then(), 403);
        String token = Tokens.admin();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        as(forged).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept).then().statusCode(401);
        anonymous().get("/api/v1/departments/{c}", "350502998").then().statusCode(404);
    }
}
