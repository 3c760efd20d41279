package io.juesuan.platform.audit;

import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import io.juesuan.platform.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /api/v1/audit/{service}}: the service's audit log, for the reviewers of a division and administrators.
 * Each service mounts it at its own path (a subclass with {@code @Path}), so the gateway forwards each to its owner.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log / 审计日志")
public abstract class AuditEndpoint {

    /** A page of entries; pass {@code next} as {@code after} for the following page, absent on the last. */
    public record AuditPage(List<AuditEntry> items, Long next) {
    }

    private final AuditLog log;
    private final SecurityIdentity identity;

    protected AuditEndpoint(AuditLog log, SecurityIdentity identity) {
        this.log = log;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Caller.ADMIN, Caller.REVIEWER})
    @Operation(summary = "Every write and refused write, oldest first (审计日志)",
            description = "Who (subject and role), what (method, route, department-year, revision before and after), "
                    + "the result, when and from where. A reviewer reads the departments of its division, an "
                    + "administrator everything. Entries are never changed or removed.")
    public AuditPage read(@QueryParam("department") DepartmentCode departmentCode,
                          @QueryParam("from") String from,
                          @QueryParam("after") @DefaultValue("0") @Min(0) long after,
                          @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        Caller caller = Caller.of(identity);
        if (departmentCode != null && !caller.publishesFor(departmentCode)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "只能查看本区划部门的审计日志 / a reviewer reads the "
                    + "audit log of its own division's departments");
        }
        log.awaitWritten(Duration.ofSeconds(2));
        List<AuditEntry> items = log.read(departmentCode == null ? null : departmentCode.value(),
                caller.isAdmin() ? "" : caller.division(), since(from), after, limit);
        return new AuditPage(items, items.size() < limit ? null : items.get(items.size() - 1).id());
    }

    private static OffsetDateTime since(String from) {
        if (from == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(from);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("from", "须为带时区的时间，如 2026-12-01T00:00:00+08:00 / a date-time "
                    + "with its offset");
        }
    }
}
