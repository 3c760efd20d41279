package io.juesuan.platform.access;

import io.juesuan.platform.department.DepartmentCode;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The method's department rule applied as soon as the request is matched to it, before its body is parsed: a
 * caller the rule refuses costs the service no parsing of what it sent, and learns nothing about its body. The rule is
 * the one {@code @PermissionsAllowed} checks again on the method's converted argument.
 */
public class RefusedBeforeTheBody {

    /** The request's identity (a request-scoped proxy), verified from the token before filters run. */
    private final SecurityIdentity identity;

    RefusedBeforeTheBody(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public void check(ResourceInfo resource, UriInfo uri) {
        PermissionsAllowed allowed = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(PermissionsAllowed.class);
        String code = uri.getPathParameters().getFirst("departmentCode");
        if (allowed == null || code == null || !DepartmentCode.isValid(code)) {
            return;
        }
        DepartmentCode department = new DepartmentCode(code);
        Predicate<String> permits = permission -> DepartmentAccess.permits(permission, identity, department);
        // as @PermissionsAllowed reads its values: any one of them, or all when inclusive
        boolean permitted = allowed.inclusive() ? Arrays.stream(allowed.value()).allMatch(permits)
                : Arrays.stream(allowed.value()).anyMatch(permits);
        if (!permitted) {
            throw identity.isAnonymous() ? new UnauthorizedException() : new ForbiddenException();
        }
    }
}
