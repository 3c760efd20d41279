package io.juesuan.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** Writes, submits and publishes one part of a department-year through its owning service's REST API. */
class PartApi {

    private final String baseUrl;
    private final String path;

    /** @param path e.g. {@code /api/v1/evaluations} */
    PartApi(String baseUrl, String path) {
        this.baseUrl = baseUrl;
        this.path = path;
    }

    ValidatableResponse save(String departmentCode, int year, String document) {
        return given().baseUri(baseUrl).contentType(ContentType.JSON).body(document)
                .when().put(path + "/{dept}/{year}", departmentCode, year).then();
    }

    /** Submits the working copy for review, then publishes it; a correction needs a reason, a first takes null. */
    ValidatableResponse publish(String departmentCode, int year, String reason) {
        given().baseUri(baseUrl).contentType(ContentType.JSON)
                .when().post(path + "/{dept}/{year}/submit", departmentCode, year).then().statusCode(200);
        String body = reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}";
        return given().baseUri(baseUrl).contentType(ContentType.JSON).body(body)
                .when().post(path + "/{dept}/{year}/publish", departmentCode, year).then();
    }

    /** Saves and publishes the first version, asserting both succeed. */
    void saveAndPublish(String departmentCode, int year, String document) {
        save(departmentCode, year, document).statusCode(201);
        publish(departmentCode, year, null).statusCode(200);
    }
}
