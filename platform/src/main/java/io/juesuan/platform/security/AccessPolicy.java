package io.juesuan.platform.security;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table of who may do what, by method and path, for the services and the gateway alike.
 * <ul>
 * <li>Published data is public: the gateway's reads, a part's published {@code /versions}, the department
 * register, the rule catalogue, health and OpenAPI.</li>
 * <li>A part's working copy ({@code /api/v1/final-accounts|evaluations|procurement/{dept}/{year}...}): a discloser
 * of that department reads, edits and submits it; a reviewer whose division covers it does that too (corrections
 * included) and is the one who returns or publishes; an admin may do everything.</li>
 * <li>A year's batch ({@code POST /api/v1/final-accounts|evaluations|procurement/{year}/batch}): admins and
 * reviewers; the service then checks each department-year of it as a publication.</li>
 * <li>Registering or changing a department: a reviewer of its division, or an admin. The gateway's
 * {@code /api/v1/admin/...}: admins only.</li>
 * </ul>
 */
public final class AccessPolicy {

    private static final Pattern PART = Pattern.compile(
            "^/api/v1/(?:final-accounts|evaluations|procurement)/([0-9]{9})/[0-9]{4}(/.*)?$");
    private static final Pattern DEPARTMENT = Pattern.compile("^/api/v1/departments/([0-9]{9})(/.*)?$");
    private static final Pattern BATCH = Pattern.compile(
            "^/api/v1/(?:final-accounts|evaluations|procurement)/[0-9]{4}/batch$");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** The answer: allowed, or refused with the status to give and why. */
    public record Verdict(boolean allowed, boolean signInRequired, String reason) {

        static final Verdict ALLOW = new Verdict(true, false, null);

        static Verdict refuse(Caller caller, String reason) {
            return new Verdict(false, caller.isAnonymous(), reason);
        }
    }

    private AccessPolicy() {
    }

    public static Verdict decide(String method, String path, Caller caller) {
        boolean read = READS.contains(method);
        if (path.startsWith("/api/v1/admin/")) {
            return caller.isAdmin() ? Verdict.ALLOW : Verdict.refuse(caller, "仅限管理员 / administrators only");
        }
        if (BATCH.matcher(path).matches() && !read) {
            return caller.publishesBatches() ? Verdict.ALLOW : Verdict.refuse(caller,
                    "批量公开须由审核人或管理员 / only reviewers and administrators publish a batch");
        }
        Matcher part = PART.matcher(path);
        if (part.matches()) {
            return partAccess(method, read, part.group(1), part.group(2), caller);
        }
        Matcher department = DEPARTMENT.matcher(path);
        if (department.matches() && !read) {
            String code = department.group(1);
            return caller.isAdmin() || caller.reviews(code) ? Verdict.ALLOW
                    : Verdict.refuse(caller, "登记或修改部门须由其所属区划的审核人 / only a reviewer of the "
                    + "department's division registers or changes it");
        }
        if (path.equals("/api/v1/departments") && !read) {
            return caller.isAdmin() ? Verdict.ALLOW : Verdict.refuse(caller, "仅限管理员 / administrators only");
        }
        return Verdict.ALLOW;
    }

    private static Verdict partAccess(String method, boolean read, String departmentCode, String rest,
                                      Caller caller) {
        String tail = rest == null ? "" : rest;
        if (read && tail.startsWith("/versions")) {
            return Verdict.ALLOW;
        }
        if (caller.isAdmin() || caller.reviews(departmentCode)) {
            return Verdict.ALLOW;
        }
        boolean review = "POST".equals(method) && (tail.equals("/publish") || tail.equals("/return"));
        if (review) {
            return Verdict.refuse(caller, "退回或公开须由部门所属区划的审核人 / only a reviewer of the department's "
                    + "division returns or publishes");
        }
        return caller.disclosesFor(departmentCode) ? Verdict.ALLOW
                : Verdict.refuse(caller, "只能处理本部门 " + (caller.department() == null ? "" : caller.department() + " ")
                + "的数据 / a discloser works on its own department only");
    }
}
