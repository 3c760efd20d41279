package io.juesuan.gateway.readmodel;

import io.juesuan.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration / 运维")
@RolesAllowed(Caller.ADMIN)
public class ReplayResource {

    private final Replay replay;

    ReplayResource(Replay replay) {
        this.replay = replay;
    }

    @POST
    @Operation(summary = "Replay the services' topics from the start into the read model",
            description = "Applies every event again and answers when the topics' end, as it was when the replay "
                    + "began, is reached. rebuild=true first drops the stored part versions and assembled versions "
                    + "and builds them anew from the events. The change feed keeps its entries and gains none.")
    public Replay.Report replay(@QueryParam("rebuild") @DefaultValue("false") boolean rebuild) {
        return replay.run(rebuild);
    }
}
