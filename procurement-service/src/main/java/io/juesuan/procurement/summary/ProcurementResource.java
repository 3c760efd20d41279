package io.juesuan.procurement.summary;

import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.part.PartVersionsResource;
import io.juesuan.platform.part.PublicationView;
import io.juesuan.platform.part.PublishRequest;
import io.juesuan.platform.part.PublishedVersions;
import io.juesuan.platform.part.ReviewEndpoints;
import io.juesuan.platform.part.Reviewable;
import io.juesuan.platform.part.Revisions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
public class ProcurementResource extends ReviewEndpoints {

    private final ProcurementService procurement;
    private final PublishedVersions versions;

    ProcurementResource(ProcurementService procurement, PublishedVersions versions) {
        this.procurement = procurement;
        this.versions = versions;
    }

    @Override
    protected Reviewable reviewable() {
        return procurement;
    }

    @PUT
    @Operation(summary = "Create or replace the working copy of the year's procurement summary")
    public Response save(@PathParam("departmentCode") @Pattern(regexp = DepartmentYear.CODE_PATTERN,
                                 message = DepartmentYear.CODE_MESSAGE) String departmentCode,
                         @PathParam("year") @Min(DepartmentYear.FIRST_YEAR) @Max(DepartmentYear.LAST_YEAR) int year,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull ProcurementDocument document, UriInfo uri) {
        return procurement.save(departmentCode, year, document, ifMatch).toResponse(uri);
    }

    @GET
    @Operation(summary = "Read the working copy with ratios, sentence and findings")
    public Response get(@PathParam("departmentCode") String departmentCode, @PathParam("year") int year) {
        ProcurementView view = procurement.get(departmentCode, year);
        return Response.ok(view).tag(Revisions.etag(view.revision())).build();
    }

    @POST
    @Path("/publish")
    @Operation(summary = "Publish (公开); a later publication is a correction (更正) with a reason")
    public PublicationView publish(@PathParam("departmentCode") String departmentCode, @PathParam("year") int year,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid PublishRequest request) {
        return procurement.publish(departmentCode, year,
                request == null ? new PublishRequest(null, null, null) : request, ifMatch);
    }

    @Path("/versions")
    public PartVersionsResource versions(@PathParam("departmentCode") String departmentCode,
                                         @PathParam("year") int year) {
        return new PartVersionsResource(versions, ProcurementService.KIND, departmentCode, year);
    }
}
