package io.juesuan.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes the gateway adds to Vert.x itself, below the REST layer that RouteAccessTest covers: each must be
 * declared in {@code vertx-routes.tsv} with what it does, so a new one is looked at the day it appears (the forwarded
 * paths are attacked end to end by RouteAccessThroughGatewayTest, the newest-disclosure shortcut answers public
 * reads only).
 */
@QuarkusTest
class VertxRoutesTest {

    @Inject
    Router router;

    @Test
    void everyVertxRouteOfTheGatewayIsDeclared() throws IOException {
        List<String> served = router.getRoutes().stream()
                .filter(route -> !isQuarkusOwn(route))
                .map(VertxRoutesTest::describe)
                .sorted().toList();
        List<String> declared = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("vertx-routes.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    declared.add(line.split("\t")[0]);
                }
            }
        }
        assertThat(served).as("Vert.x routes served; declare each in vertx-routes.tsv")
                .isEqualTo(declared.stream().sorted().toList());
    }

    /**
     * Quarkus's own routes are not the gateway's to declare: health, metrics and OpenAPI under {@code /q/}, the REST
     * layer at {@code /} (its resources are in routes.tsv), and the handlers of every path (security, CORS, bodies,
     * and the platform's RouteFailures and RequestSize), which serve no path of their own.
     */
    private static boolean isQuarkusOwn(Route route) {
        String path = route.isRegexPath() ? route.getName() : route.getPath();
        return path == null || path.equals("/") || path.startsWith("/q/");
    }

    private static String describe(Route route) {
        String methods = route.methods() == null || route.methods().isEmpty() ? "*"
                : route.methods().stream().map(Object::toString).sorted().collect(Collectors.joining(","));
        String path = route.isRegexPath() ? "regex " + route.getName() : route.getPath() == null ? "every path"
                : route.getPath();
        return methods + " " + path;
    }
}
