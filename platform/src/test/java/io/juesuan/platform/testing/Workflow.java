package io.juesuan.platform.testing;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** The review steps of a part through its REST API, for tests: {@code partUrl} is e.g. {@code /api/v1/x/{dept}/{year}}. */
public final class Workflow {

    /** The approval (批复) a test publishes native final accounts under. */
    public static final String APPROVAL = "\"approvalNumber\": \"鲤财预〔2021〕8号\", \"approvalDate\": \"2021-06-18\"";

    private Workflow() {
    }

    public static ValidatableResponse submit(String partUrl, String departmentCode, int year) {
        return given().contentType(ContentType.JSON).post(partUrl + "/submit", departmentCode, year).then();
    }

    public static ValidatableResponse publish(String partUrl, String departmentCode, int year, String body) {
        return given().contentType(ContentType.JSON).body(body).post(partUrl + "/publish", departmentCode, year).then();
    }

    /** Submits the current revision, expecting success, then publishes it with the given request body. */
    public static ValidatableResponse submitAndPublish(String partUrl, String departmentCode, int year, String body) {
        submit(partUrl, departmentCode, year).statusCode(200);
        return publish(partUrl, departmentCode, year, body);
    }
}
