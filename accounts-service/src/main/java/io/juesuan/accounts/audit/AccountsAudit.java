package io.juesuan.accounts.audit;

import io.juesuan.platform.audit.AuditEndpoint;
import io.juesuan.platform.audit.AuditLog;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Path;

/** This service's audit log, at the path the gateway forwards to it. */
@Path("/api/v1/audit/accounts")
public class AccountsAudit extends AuditEndpoint {

    AccountsAudit(AuditLog log, SecurityIdentity identity) {
        super(log, identity);
    }
}
