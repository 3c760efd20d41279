package io.juesuan.accounts.catalogue;

import io.juesuan.platform.security.Caller;
import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** Who may load catalogues: {@link Caller#maintainsCatalogues()}. */
@ApplicationScoped
public class CatalogueAccess {

    public static final String MAINTAIN = "maintain-catalogues";

    @PermissionChecker(MAINTAIN)
    boolean maintains(SecurityIdentity identity) {
        return Caller.of(identity).maintainsCatalogues();
    }
}
