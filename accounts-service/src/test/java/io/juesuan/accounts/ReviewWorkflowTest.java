package io.juesuan.accounts;

import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.Problems;
import io.juesuan.platform.testing.Workflow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Draft → submitted → returned with comments or published; only a submitted revision is ever published. */
@QuarkusTest
class ReviewWorkflowTest {

    private static final String URL = "/api/v1/final-accounts/{dept}/{year}";
    private static final String NATIVE = FinalAccountsDocuments.nativeSeed();

    private static String draft() {
        String dept = DemoData.randomDepartmentCode();
        given().contentType(ContentType.JSON).body(DemoData.departmentAs(dept)).put("/api/v1/departments/{c}", dept)
                .then().statusCode(201);
        put(dept, NATIVE).statusCode(201).body("status", equalTo("DRAFT"));
        return dept;
    }

    private static ValidatableResponse put(String dept, String body) {
        return given().contentType(ContentType.JSON).body(body).put(URL, dept, 2020).then();
    }

    @Test
    void aReturnedRevisionCarriesTheCommentUntilTheDepartmentEditsAndResubmits() {
        String dept = draft();
        Problems.assertProblem(Workflow.publish(URL, dept, 2020, "{" + Workflow.APPROVAL + "}"), 409);
        Problems.assertProblem(given().contentType(ContentType.JSON).body("{\"comment\":\"请补充\"}")
                .post(URL + "/return", dept, 2020).then(), 409);

        Workflow.submit(URL, dept, 2020).statusCode(200).body("status", equalTo("SUBMITTED")).body("revision", equalTo(1));
        Problems.assertProblem(Workflow.submit(URL, dept, 2020), 409);
        Problems.assertInvalidField(given().contentType(ContentType.JSON).body("{\"comment\":\" \"}")
                .post(URL + "/return", dept, 2020).then(), "comment");
        given().contentType(ContentType.JSON).body("{\"comment\":\"其他收入与附表不符，请核对\"}")
                .post(URL + "/return", dept, 2020).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("reviewComment", equalTo("其他收入与附表不符，请核对"));
        given().get(URL, dept, 2020).then().body("status", equalTo("RETURNED"));
        Problems.assertProblem(Workflow.publish(URL, dept, 2020, "{" + Workflow.APPROVAL + "}"), 409);

        put(dept, NATIVE.replace("\"other\": 7.70", "\"other\": 7.71")).statusCode(200).body("status", equalTo("DRAFT"));
        Workflow.submitAndPublish(URL, dept, 2020, "{" + Workflow.APPROVAL + "}").statusCode(200)
                .body("publishedVersion", equalTo(1));
        given().get(URL, dept, 2020).then().body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aSaveAfterSubmittingWithdrawsTheSubmission() {
        String dept = draft();
        Workflow.submit(URL, dept, 2020).statusCode(200);
        put(dept, NATIVE).statusCode(200).body("status", equalTo("DRAFT"));
        Problems.assertProblem(Workflow.publish(URL, dept, 2020, "{" + Workflow.APPROVAL + "}"), 409);
        given().get(URL + "/versions", dept, 2020).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theFirstPublicationOfNativeDataRecordsTheApproval() {
        String dept = draft();
        Workflow.submit(URL, dept, 2020).statusCode(200);
        Problems.assertInvalidField(Workflow.publish(URL, dept, 2020, "{}"), "approvalNumber");
        Problems.assertInvalidField(Workflow.publish(URL, dept, 2020, "{\"approvalNumber\": \"鲤财预〔2021〕8号\"}"),
                "approvalDate");
        Problems.assertInvalidField(Workflow.publish(URL, dept, 2020,
                "{\"approvalNumber\": \"鲤财预〔2021〕8号\", \"approvalDate\": \"2999-01-01\"}"), "approvalDate");
        Workflow.publish(URL, dept, 2020, "{" + Workflow.APPROVAL + "}").statusCode(200);
        given().get(URL + "/versions", dept, 2020).then().statusCode(200)
                .body("[0].approvalNumber", equalTo("鲤财预〔2021〕8号"))
                .body("[0].approvalDate", equalTo("2021-06-18"))
                .body("[0].correctionReason", nullValue());
        given().get(URL + "/versions/1", dept, 2020).then().statusCode(200)
                .body("approval.number", equalTo("鲤财预〔2021〕8号"));
    }
}
