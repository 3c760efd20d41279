package io.juesuan.platform.audit;

import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.security.Caller;
import io.juesuan.platform.web.WriteMethods;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;

/**
 * Every write the service answers, accepted or refused (by access rules, input checks, conflicts or the database
 * alike), leaves one {@link AuditEntry} in the {@link AuditLog}. Reads leave none.
 */
public class AuditRecorder {

    private final SecurityIdentity identity;
    private final AuditTrail trail;
    private final AuditLog log;

    AuditRecorder(SecurityIdentity identity, AuditTrail trail, AuditLog log) {
        this.identity = identity;
        this.trail = trail;
        this.log = log;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
                       HttpServerRequest http) {
        if (!WriteMethods.isWrite(request.getMethod())) {
            return;
        }
        Caller caller = Caller.of(identity);
        String code = request.getUriInfo().getPathParameters().getFirst("departmentCode");
        String yearText = request.getUriInfo().getPathParameters().getFirst("year");
        String department = DepartmentCode.isValid(code) ? code : null;
        Integer year = yearOf(yearText);
        String key = department != null && year != null ? DepartmentYear.key(department, year) : null;
        int status = response.getStatus();
        log.append(new AuditEntry(null, null, caller.subject(), caller.role(), request.getMethod(), route(resource),
                "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), department, year,
                key == null ? null : trail.before(key), key == null ? null : trail.after(key), status,
                status < 400 ? AuditEntry.ACCEPTED : AuditEntry.REFUSED,
                http == null || http.remoteAddress() == null ? null : http.remoteAddress().host(),
                request.getHeaderString("X-Forwarded-For")));
    }

    private static Integer yearOf(String text) {
        try {
            return text == null ? null : FiscalYear.parse(text).value();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The route template the request was matched to, {@code -} when it matched none. */
    private static String route(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return "-";
        }
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        return (type == null ? "" : type.value()) + (own == null ? "" : own.value());
    }
}
