package io.juesuan.platform.testing;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test's requests carry an admin's token unless they say otherwise ({@code given().auth().none()} for an
 * anonymous caller, {@code given().auth().oauth2(Tokens.discloser(...))} for another): the tests of what a
 * service does are not about who may do it, and the access tests state their caller. Plain JUnit classes use it
 * with {@code @ExtendWith}; {@code @QuarkusTest} classes get it through {@link AdminTokenForQuarkusTests}.
 */
public class AdminTokenByDefault implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.authentication = RestAssured.oauth2(Tokens.admin());
    }
}
