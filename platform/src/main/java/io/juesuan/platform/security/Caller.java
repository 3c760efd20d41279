package io.juesuan.platform.security;

import io.juesuan.platform.department.DepartmentCode;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.Set;

/**
 * Who makes a request, as its verified token says ({@link TokenClaims}): the subject, its roles ({@code groups}),
 * the department a discloser acts for ({@code dept}) and the division prefix a reviewer works in
 * ({@code division}). Every access rule of the platform is a method here.
 */
public record Caller(String subject, Set<String> roles, String department, String division) {

    public static final String DISCLOSER = "discloser";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final Set<String> ROLES = Set.of(DISCLOSER, REVIEWER, ADMIN);

    /** Where {@link TokenClaims} leaves the checked caller on the request's identity. */
    static final String ATTRIBUTE = Caller.class.getName();

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null, null);

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        Caller caller = identity.getAttribute(ATTRIBUTE);
        // an identity that did not come from a checked token is no caller of ours
        return caller == null ? ANONYMOUS : caller;
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** Who may read, edit and submit a department's working copies: its discloser, its reviewers, an admin. */
    public boolean worksOn(DepartmentCode department) {
        return publishesFor(department) || roles.contains(DISCLOSER) && department.value().equals(this.department);
    }

    /** Who may return, publish and correct a department's parts, and register it: its reviewers, an admin. */
    public boolean publishesFor(DepartmentCode department) {
        return isAdmin() || roles.contains(REVIEWER) && department.isUnder(division);
    }

    /** The same, for a code a batch item names (already checked to be a department code). */
    public boolean publishesFor(String departmentCode) {
        return DepartmentCode.isValid(departmentCode) && publishesFor(new DepartmentCode(departmentCode));
    }

    /** Who may send a batch at all; each of its department-years is then checked with {@link #publishesFor}. */
    public boolean publishesBatches() {
        return isAdmin() || roles.contains(REVIEWER);
    }

    /**
     * Who may load a year's classification catalogues, which every department of the platform is checked with: an
     * admin, or a reviewer of a whole province (a division of two digits, the 省级财政部门).
     */
    public boolean maintainsCatalogues() {
        return isAdmin() || roles.contains(REVIEWER) && division != null && division.length() == 2;
    }

    /**
     * Who may load the layout profile of a region: an admin for any region and the national default, a provincial
     * reviewer (see {@link #maintainsCatalogues()}) for its own province and the cities and counties in it.
     *
     * @param region a division prefix, or {@code national}
     */
    public boolean maintainsLayoutOf(String region) {
        return isAdmin() || maintainsCatalogues() && region != null && region.startsWith(division)
                && region.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The caller's role for the audit log: the most powerful it holds. */
    public String role() {
        return isAdmin() ? ADMIN : roles.contains(REVIEWER) ? REVIEWER : roles.contains(DISCLOSER) ? DISCLOSER : null;
    }
}
