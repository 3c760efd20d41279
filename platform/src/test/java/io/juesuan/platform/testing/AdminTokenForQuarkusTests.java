package io.juesuan.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * {@link AdminTokenByDefault} for {@code @QuarkusTest} classes: they run in Quarkus's class loader, where a JUnit
 * extension would set another copy of RestAssured's defaults. Quarkus loads this callback in the test's own.
 */
public class AdminTokenForQuarkusTests implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        new AdminTokenByDefault().beforeAll(null);
    }
}
