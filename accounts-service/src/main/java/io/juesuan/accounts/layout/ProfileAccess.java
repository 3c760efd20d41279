package io.juesuan.accounts.layout;

import io.juesuan.platform.security.Caller;
import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** Who may load a region's layout profile: {@link Caller#maintainsLayoutOf(String)}. */
@ApplicationScoped
public class ProfileAccess {

    public static final String MAINTAIN = "maintain-layout-profiles";

    @PermissionChecker(MAINTAIN)
    boolean maintains(SecurityIdentity identity, String region) {
        return Caller.of(identity).maintainsLayoutOf(region);
    }
}
