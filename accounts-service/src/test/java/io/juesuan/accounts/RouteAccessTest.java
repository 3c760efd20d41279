package io.juesuan.accounts;

import io.juesuan.platform.testing.RouteAccess;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Every route this service serves is in `routes.tsv` and refuses every caller and path spelling it must refuse. */
@QuarkusTest
class RouteAccessTest {

    @Test
    void everyRouteDeclaresItsCallersAndRefusesEveryoneElse() {
        RouteAccess.check(RestAssured.port, "routes.tsv");
    }
}
