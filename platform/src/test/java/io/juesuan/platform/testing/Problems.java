package io.juesuan.platform.testing;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Assertions on RFC 9457 problem responses. */
public final class Problems {

    private Problems() {
    }

    /** A 400 problem+json whose field errors name {@code field}. */
    public static ValidatableResponse assertInvalidField(ValidatableResponse response, String field) {
        return assertProblem(response, 400).body("errors.field", hasItem(field));
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", startsWith("https://juesuan.io/problems/"));
    }
}
