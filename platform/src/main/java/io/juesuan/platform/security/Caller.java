package io.juesuan.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Who makes a request, as its token says: roles ({@code groups}), the department a discloser acts for
 * ({@code dept}) and the division prefix a reviewer works in ({@code division}).
 */
public record Caller(Set<String> roles, String department, String division) {

    public static final String DISCLOSER = "discloser";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final String DEPARTMENT_CLAIM = "dept";
    public static final String DIVISION_CLAIM = "division";

    public static final Caller ANONYMOUS = new Caller(Set.of(), null, null);

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        String department = null;
        String division = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            department = token.getClaim(DEPARTMENT_CLAIM);
            division = token.getClaim(DIVISION_CLAIM);
        }
        return new Caller(Set.copyOf(identity.getRoles()), department, division);
    }

    public boolean isAnonymous() {
        return roles.isEmpty() && department == null && division == null;
    }

    boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** Who may publish this department's parts: an admin, or a reviewer whose division covers it. */
    public boolean publishesFor(String departmentCode) {
        return isAdmin() || reviews(departmentCode);
    }

    /** Who may send a batch at all; each of its department-years is then checked with {@link #publishesFor}. */
    boolean publishesBatches() {
        return isAdmin() || roles.contains(REVIEWER);
    }

    /** A discloser acting for exactly this department. */
    boolean disclosesFor(String departmentCode) {
        return roles.contains(DISCLOSER) && departmentCode.equals(department);
    }

    /** A reviewer whose division prefix covers this department (a department code starts with its division's). */
    boolean reviews(String departmentCode) {
        return roles.contains(REVIEWER) && division != null && !division.isEmpty()
                && departmentCode.startsWith(division);
    }
}
