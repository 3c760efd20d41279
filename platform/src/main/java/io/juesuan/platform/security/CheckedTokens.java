package io.juesuan.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Map;

/**
 * Every verified token passes {@link TokenClaims} while the request is authenticated: one that does not fit is a
 * failed sign-in (401), one that fits leaves its {@link Caller} on the identity for the access rules.
 */
@ApplicationScoped
public class CheckedTokens implements SecurityIdentityAugmentor {

    /** The attribute of a refusal that carries the platform's own reason, which may be shown to the caller. */
    public static final String REASON = CheckedTokens.class.getName() + ".reason";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("不是令牌 / not a bearer token"));
        }
        try {
            Caller caller = TokenClaims.check(token.getRawToken(), Instant.now());
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(Caller.ATTRIBUTE, caller).build());
        } catch (TokenClaims.Refused e) {
            return Uni.createFrom().failure(new AuthenticationFailedException(e.getMessage(),
                    Map.of(REASON, e.getMessage())));
        }
    }
}
