package io.juesuan.evaluation.audit;

import io.juesuan.platform.audit.AuditEndpoint;
import io.juesuan.platform.audit.AuditLog;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Path;

/** This service's audit log, at the path the gateway forwards to it. */
@Path("/api/v1/audit/evaluation")
public class EvaluationAudit extends AuditEndpoint {

    EvaluationAudit(AuditLog log, SecurityIdentity identity) {
        super(log, identity);
    }
}
