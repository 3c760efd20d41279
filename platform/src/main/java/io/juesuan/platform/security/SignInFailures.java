package io.juesuan.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.platform.problem.ProblemType;
import io.juesuan.platform.problem.RouteProblems;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A token that fails verification (signature, issuer, expiry, {@link TokenClaims}) is refused while the request
 * is authenticated, before any route runs: answered here as a 401 problem instead of an empty body.
 */
@ApplicationScoped
public class SignInFailures {

    private final ObjectMapper json;

    SignInFailures(ObjectMapper json) {
        this.json = json;
    }

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException failed) {
                // only the platform's own reasons are told; the verifier's could describe keys or libraries
                RouteProblems.send(context, json, ProblemType.UNAUTHORIZED, "令牌无效 / the bearer token is not valid"
                        + (failed.getAttribute(CheckedTokens.REASON) instanceof String reason ? ": " + reason : ""));
            } else {
                context.next();
            }
        });
    }
}
