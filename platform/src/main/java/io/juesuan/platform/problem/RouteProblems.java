package io.juesuan.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * Problem responses for what is answered below the REST layer (sign-in failures, bodies too large, the gateway's
 * forwarding): the same RFC 9457 shape {@link ProblemResponses} gives.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    public static void send(RoutingContext context, ObjectMapper json, ProblemType type, String detail) {
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, context.request().path(),
                List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (type == ProblemType.UNAUTHORIZED) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
