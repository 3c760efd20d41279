package io.juesuan.procurement.summary;

import io.juesuan.platform.access.DepartmentAccess;
import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.part.PartEndpoints;
import io.juesuan.platform.part.PublicationView;
import io.juesuan.platform.part.PublishRequest;
import io.juesuan.platform.part.PublishedVersions;
import io.juesuan.platform.part.Revisions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/procurement/{departmentCode}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Government procurement / 政府采购")
public class ProcurementResource extends PartEndpoints {

    private final ProcurementService procurement;

    ProcurementResource(ProcurementService procurement, PublishedVersions versions) {
        super(procurement, versions, ProcurementService.KIND);
        this.procurement = procurement;
    }

    @PUT
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Operation(summary = "Create or replace the working copy of the year's procurement summary")
    public Response save(@PathParam("departmentCode") DepartmentCode departmentCode,
                         @PathParam("year") FiscalYear year,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull ProcurementDocument document, UriInfo uri) {
        return procurement.save(departmentCode.value(), year.value(), document, ifMatch).toResponse(uri);
    }

    @GET
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Operation(summary = "Read the working copy with ratios, sentence and findings")
    public Response get(@PathParam("departmentCode") DepartmentCode departmentCode,
                        @PathParam("year") FiscalYear year) {
        ProcurementView view = procurement.get(departmentCode.value(), year.value());
        return Response.ok(view).tag(Revisions.etag(view.revision())).build();
    }

    @POST
    @Path("/publish")
    @PermissionsAllowed(DepartmentAccess.PUBLISH_FOR)
    @Operation(summary = "Publish (公开); a later publication is a correction (更正) with a reason")
    public PublicationView publish(@PathParam("departmentCode") DepartmentCode departmentCode,
                                   @PathParam("year") FiscalYear year,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid PublishRequest request) {
        return procurement.publish(departmentCode.value(), year.value(),
                request == null ? new PublishRequest(null, null, null) : request, ifMatch);
    }
}
