package io.juesuan.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * The revisions a request found and left, per department-year, noted by the parts themselves as they are loaded and
 * saved ({@link io.juesuan.platform.part.DepartmentYearPart}), for the request's audit entry.
 */
@RequestScoped
public class AuditTrail {

    private final Map<String, Long> found = new HashMap<>();
    private final Map<String, Long> left = new HashMap<>();

    /** A part of {@code key} was read at {@code revision}; the first reading is the one before the write. */
    public static void loaded(String key, long revision) {
        AuditTrail trail = current();
        if (trail != null) {
            trail.found(key, revision);
        }
    }

    /** A part of {@code key} was written at {@code revision}; the last writing is the one after. */
    public static void saved(String key, long revision) {
        AuditTrail trail = current();
        if (trail != null) {
            trail.left(key, revision);
        }
    }

    // through methods, not fields: the instance a lookup gives is a proxy of the request's own
    void found(String key, long revision) {
        found.putIfAbsent(key, revision);
    }

    void left(String key, long revision) {
        left.put(key, revision);
    }

    Long before(String key) {
        return found.get(key);
    }

    Long after(String key) {
        return left.get(key);
    }

    /** The request's trail; null outside a request (the outbox relay, start-up). */
    private static AuditTrail current() {
        ArcContainer container = Arc.container();
        return container != null && container.requestContext().isActive()
                ? container.instance(AuditTrail.class).get() : null;
    }
}
