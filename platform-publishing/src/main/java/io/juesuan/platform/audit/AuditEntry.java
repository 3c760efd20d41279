package io.juesuan.platform.audit;

import java.time.OffsetDateTime;

/**
 * One write or refused write (审计记录): who (the token's subject and role), what (method, route template, path,
 * department-year, revision before and after), the result (status, accepted or refused), when, and from where
 * (the address the request came from, and the address the gateway says it forwarded).
 */
public record AuditEntry(Long id, OffsetDateTime at, String subject, String role, String method, String route,
                         String path, String departmentCode, Integer year, Long revisionBefore, Long revisionAfter,
                         int status, String outcome, String remoteAddress, String forwardedFor) {

    public static final String ACCEPTED = "accepted";
    public static final String REFUSED = "refused";
}
