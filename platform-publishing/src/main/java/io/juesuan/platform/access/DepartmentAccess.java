package io.juesuan.platform.access;

import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.security.Caller;
import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The permissions a resource method names in {@code @PermissionsAllowed}, each checked against the method's own
 * converted {@code departmentCode} argument once the request is bound to it. Public reads say {@code @PermitAll},
 * administrators' endpoints {@code @RolesAllowed(Caller.ADMIN)}; an endpoint that says nothing is refused
 * ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}).
 */
@ApplicationScoped
public class DepartmentAccess {

    /** Read, edit and submit a department's working copy: its discloser, a reviewer of its division, an admin. */
    public static final String WORK_ON = "work-on-department";
    /** Return, publish and correct a department's part, register the department: its reviewers, an admin. */
    public static final String PUBLISH_FOR = "publish-for-department";

    @PermissionChecker(WORK_ON)
    boolean worksOn(SecurityIdentity identity, DepartmentCode departmentCode) {
        return permits(WORK_ON, identity, departmentCode);
    }

    @PermissionChecker(PUBLISH_FOR)
    boolean publishesFor(SecurityIdentity identity, DepartmentCode departmentCode) {
        return permits(PUBLISH_FOR, identity, departmentCode);
    }

    /**
     * The rule each permission names, for the checkers above and for {@link RefusedBeforeTheBody}; false for a
     * permission it does not know.
     */
    static boolean permits(String permission, SecurityIdentity identity, DepartmentCode departmentCode) {
        return switch (permission) {
            case WORK_ON -> Caller.of(identity).worksOn(departmentCode);
            case PUBLISH_FOR -> Caller.of(identity).publishesFor(departmentCode);
            default -> false;
        };
    }
}
