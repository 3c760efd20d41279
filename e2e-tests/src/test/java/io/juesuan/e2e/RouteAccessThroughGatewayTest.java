package io.juesuan.e2e;

import io.juesuan.platform.testing.RouteAccess;
import org.junit.jupiter.api.Test;

/**
 * Every route of every service, attacked through the gateway's one origin as the services' own tests attack it on
 * their ports: the gateway forwards only canonical paths and the owning service refuses whom it must.
 */
class RouteAccessThroughGatewayTest {

    private final LocalStack stack = LocalStack.get();

    @Test
    void accountsRoutesRefuseEveryoneTheyMustThroughTheGateway() {
        RouteAccess.check(stack.accounts.port(), stack.gateway.port(),
                stack.root.resolve("accounts-service/src/test/resources/routes.tsv").toString());
    }

    @Test
    void evaluationRoutesRefuseEveryoneTheyMustThroughTheGateway() {
        RouteAccess.check(stack.evaluation.port(), stack.gateway.port(),
                stack.root.resolve("evaluation-service/src/test/resources/routes.tsv").toString());
    }

    @Test
    void procurementRoutesRefuseEveryoneTheyMustThroughTheGateway() {
        RouteAccess.check(stack.procurement.port(), stack.gateway.port(),
                stack.root.resolve("procurement-service/src/test/resources/routes.tsv").toString());
    }
}
