package io.juesuan.platform.web;

import io.juesuan.platform.problem.ProblemType;
import io.juesuan.platform.security.CheckedTokens;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What is refused below the REST layer, before any route runs, answered as a problem like everything else: a token
 * that fails verification (signature, issuer, expiry, {@link io.juesuan.platform.security.TokenClaims}) is a 401; a
 * body a route found too large a 413.
 */
@ApplicationScoped
public class RouteFailures {

    private final EarlyRefusals refusals;

    RouteFailures(EarlyRefusals refusals) {
        this.refusals = refusals;
    }

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException failed) {
                // only the platform's own reasons are told; the verifier's could describe keys or libraries
                refusals.refuse(context, ProblemType.UNAUTHORIZED, "令牌无效 / the bearer token is not valid"
                        + (failed.getAttribute(CheckedTokens.REASON) instanceof String reason ? ": " + reason : ""));
            } else if (context.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status()) {
                refusals.refuse(context, ProblemType.PAYLOAD_TOO_LARGE,
                        "请求体过大 / the body is larger than any endpoint takes");
            } else {
                context.next();
            }
        });
    }
}
