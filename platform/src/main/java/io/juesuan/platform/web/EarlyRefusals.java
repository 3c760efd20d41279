package io.juesuan.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.platform.problem.ProblemType;
import io.juesuan.platform.problem.RouteProblems;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Refuses a request before any route runs (a bad token, a body too large or of unstated length, a rate limit) with a
 * problem, and tells whoever keeps a record ({@link RefusedEarly}: the writing services' audit log).
 */
@ApplicationScoped
public class EarlyRefusals {

    /** A request refused before routing: what a record of it can know. */
    public record RefusedEarly(String method, String path, int status, String remoteAddress, String forwardedFor) {
    }

    private final ObjectMapper json;
    private final Event<RefusedEarly> refused;

    EarlyRefusals(ObjectMapper json, Event<RefusedEarly> refused) {
        this.json = json;
        this.refused = refused;
    }

    public void refuse(RoutingContext context, ProblemType type, String detail) {
        RouteProblems.send(context, json, type, detail);
        refused.fire(new RefusedEarly(context.request().method().name(), context.request().path(), type.status(),
                context.request().remoteAddress() == null ? null : context.request().remoteAddress().host(),
                context.request().getHeader("X-Forwarded-For")));
    }
}
