package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.explanations.Explanations;
import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.platform.access.DepartmentAccess;
import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.part.PartEndpoints;
import io.juesuan.platform.part.PublicationView;
import io.juesuan.platform.part.PublishRequest;
import io.juesuan.platform.part.PublishedVersions;
import io.juesuan.platform.part.Revisions;
import io.juesuan.platform.paths.TableNumber;
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

import java.util.List;


@Path("/api/v1/final-accounts/{departmentCode}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Final accounts / 部门决算")
public class FinalAccountsResource extends PartEndpoints {

    private final FinalAccountsService finalAccounts;

    FinalAccountsResource(FinalAccountsService finalAccounts, PublishedVersions versions) {
        super(finalAccounts, versions, FinalAccountsService.KIND);
        this.finalAccounts = finalAccounts;
    }

    @PUT
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Operation(summary = "Create or replace the working copy (保存决算草稿)",
            description = "Amounts in the stated unit (元 or 万元); stored exactly in yuan. If-Match guards against lost updates.")
    public Response save(@PathParam("departmentCode") DepartmentCode departmentCode,
                         @PathParam("year") FiscalYear year,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull FinalAccountsDocument document, UriInfo uri) {
        return finalAccounts.save(departmentCode.value(), year.value(), document, ifMatch).toResponse(uri);
    }

    @GET
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Operation(summary = "Read the working copy with its findings and public tables")
    public Response get(@PathParam("departmentCode") DepartmentCode departmentCode,
                        @PathParam("year") FiscalYear year) {
        FinalAccountsView view = finalAccounts.get(departmentCode.value(), year.value());
        return Response.ok(view).tag(Revisions.etag(view.revision())).build();
    }

    @GET
    @Path("/tables/{no}")
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Operation(summary = "One public table (公开01–09表) of the working copy, in 万元")
    public PublicTable table(@PathParam("departmentCode") DepartmentCode departmentCode,
                             @PathParam("year") FiscalYear year, @PathParam("no") TableNumber no) {
        return finalAccounts.table(departmentCode.value(), year.value(), no.value());
    }

    @GET
    @Path("/explanations")
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Operation(summary = "The explanations (第三部分 情况说明) of the working copy: figures and sentences")
    public Explanations explanations(@PathParam("departmentCode") DepartmentCode departmentCode,
                                     @PathParam("year") FiscalYear year) {
        return finalAccounts.get(departmentCode.value(), year.value()).content().explanations();
    }

    @GET
    @Path("/findings")
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Operation(summary = "The validation findings of the working copy; errors block publishing")
    public List<Finding> findings(@PathParam("departmentCode") DepartmentCode departmentCode,
                                  @PathParam("year") FiscalYear year) {
        return finalAccounts.get(departmentCode.value(), year.value()).content().findings();
    }

    @POST
    @Path("/publish")
    @PermissionsAllowed(DepartmentAccess.PUBLISH_FOR)
    @Operation(summary = "Publish the submitted working copy (公开); the first publication records the approval (批复), "
            + "a later one is a correction (更正) with a reason")
    public PublicationView publish(@PathParam("departmentCode") DepartmentCode departmentCode,
                                   @PathParam("year") FiscalYear year,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid PublishRequest request) {
        return finalAccounts.publish(departmentCode.value(), year.value(),
                request == null ? new PublishRequest(null, null, null) : request, ifMatch);
    }
}
