package io.juesuan.platform.part;

import io.juesuan.platform.access.DepartmentAccess;
import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.paths.SerialNumber;
import io.quarkus.security.PermissionsAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * The endpoints every part resource shares under its {@code .../{departmentCode}/{year}} path: submitting and
 * returning the working copy, and the published versions, which are public. A resource extends this and names
 * its service and kind.
 */
public abstract class PartEndpoints {

    private final Reviewable reviewable;
    private final PublishedVersions versions;
    private final PartKind kind;

    protected PartEndpoints(Reviewable reviewable, PublishedVersions versions, PartKind kind) {
        this.reviewable = reviewable;
        this.versions = versions;
        this.kind = kind;
    }

    @POST
    @Path("/submit")
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Operation(summary = "Submit the working copy for the finance bureau's review (提交审核); errors block it")
    public WorkflowView submit(@PathParam("departmentCode") DepartmentCode departmentCode,
                               @PathParam("year") FiscalYear year,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return reviewable.submit(departmentCode.value(), year.value(), ifMatch);
    }

    @POST
    @Path("/return")
    @PermissionsAllowed(DepartmentAccess.PUBLISH_FOR)
    @Operation(summary = "Return the submitted working copy to the department with the reviewer's comment (退回)")
    public WorkflowView returnForChanges(@PathParam("departmentCode") DepartmentCode departmentCode,
                                         @PathParam("year") FiscalYear year,
                                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                         @Valid @NotNull ReturnRequest request) {
        return reviewable.returnForChanges(departmentCode.value(), year.value(), request.comment(), ifMatch);
    }

    @GET
    @Path("/versions")
    @PermitAll
    @Operation(summary = "Every published version, oldest first")
    public List<PublicationView> versionList(@PathParam("departmentCode") DepartmentCode departmentCode,
                                             @PathParam("year") FiscalYear year) {
        return versions.list(kind, departmentCode.value(), year.value());
    }

    @GET
    @Path("/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "One published version exactly as it was published")
    public String version(@PathParam("departmentCode") DepartmentCode departmentCode,
                          @PathParam("year") FiscalYear year, @PathParam("version") SerialNumber version) {
        return versions.payload(kind, departmentCode.value(), year.value(), version.value());
    }
}
