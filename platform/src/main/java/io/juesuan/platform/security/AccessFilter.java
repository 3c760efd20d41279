package io.juesuan.platform.security;

import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the access policy to every REST request of a service, after the token (if any) was verified: a
 * request without one where one is needed is a 401, with one that does not permit it a 403.
 */
public class AccessFilter {

    /** The request's identity (a request-scoped proxy): verified from the token before filters run. */
    private final SecurityIdentity identity;

    AccessFilter(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        Caller caller = Caller.of(identity);
        AccessPolicy.Verdict verdict = AccessPolicy.decide(request.getMethod(),
                "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), caller);
        if (!verdict.allowed()) {
            throw new ProblemException(verdict.signInRequired() ? ProblemType.UNAUTHORIZED : ProblemType.FORBIDDEN,
                    verdict.signInRequired() ? "请使用令牌登录 / send a bearer token: " + verdict.reason()
                            : verdict.reason());
        }
    }
}
