package io.juesuan.platform.outbox;

import io.juesuan.platform.paths.SerialNumber;
import io.juesuan.platform.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code /api/v1/outbox/{service}/parked[/{id}/retry|discard]}: the events this service's relay gave up on,
 * for administrators only, each named ({@code id}) by its position in the outbox. Each
 * service mounts it at its own path (a subclass with {@code @Path}), so the gateway forwards each to its owner.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox / 事件发件箱")
public abstract class OutboxEndpoint {

    /** Why an event is given up; kept with it. */
    public record DiscardRequest(@Size(max = 500) String reason) {
    }

    private final ParkedEvents parked;
    private final SecurityIdentity identity;

    protected OutboxEndpoint(ParkedEvents parked, SecurityIdentity identity) {
        this.parked = parked;
        this.identity = identity;
    }

    @GET
    @Path("/parked")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Events the relay gave up on (被搁置的事件)",
            description = "Oldest first, with their error, failed sends and how many events of the same "
                    + "department-year wait behind each. Page with `after` (the last position seen).")
    public List<ParkedEvents.ParkedEvent> list(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
                                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return parked.list(after, limit);
    }

    @POST
    @Path("/parked/{id}/retry")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Send a parked event again (重新发送)",
            description = "Once its cause is cured: the relay sends it at once, then the events behind it.")
    public ParkedEvents.ParkedEvent retry(@PathParam("id") SerialNumber position) {
        return parked.retry(position.value());
    }

    @POST
    @Path("/parked/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Give a parked event up (放弃发送)",
            description = "It is never sent; the events behind it of its department-year go out. A reason is "
                    + "required and kept with the event.")
    public ParkedEvents.ParkedEvent discard(@PathParam("id") SerialNumber position, @Valid DiscardRequest request) {
        return parked.discard(position.value(), Caller.of(identity).subject(),
                request == null ? null : request.reason());
    }
}
