package io.juesuan.accounts.outbox;

import io.juesuan.platform.outbox.OutboxEndpoint;
import io.juesuan.platform.outbox.ParkedEvents;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Path;

/** This service's parked outbox events, at the path the gateway forwards to it. */
@Path("/api/v1/outbox/accounts")
public class AccountsOutbox extends OutboxEndpoint {

    AccountsOutbox(ParkedEvents parked, SecurityIdentity identity) {
        super(parked, identity);
    }
}
