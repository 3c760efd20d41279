package io.juesuan.platform.part;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The review endpoints every part resource shares, under its {@code .../{departmentCode}/{year}} path:
 * {@code POST .../submit} and {@code POST .../return}. A resource extends this and names its service.
 */
public abstract class ReviewEndpoints {

    protected abstract Reviewable reviewable();

    @POST
    @Path("/submit")
    @Operation(summary = "Submit the working copy for the finance bureau's review (提交审核); errors block it")
    public WorkflowView submit(@PathParam("departmentCode") String departmentCode, @PathParam("year") int year,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return reviewable().submit(departmentCode, year, ifMatch);
    }

    @POST
    @Path("/return")
    @Operation(summary = "Return the submitted working copy to the department with the reviewer's comment (退回)")
    public WorkflowView returnForChanges(@PathParam("departmentCode") String departmentCode,
                                         @PathParam("year") int year,
                                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                         @Valid @NotNull ReturnRequest request) {
        return reviewable().returnForChanges(departmentCode, year, request.comment(), ifMatch);
    }
}
