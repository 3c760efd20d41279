package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.explanations.Explanations;
import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.findings.Finding;
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

import java.util.List;


@Path("/api/v1/final-accounts/{departmentCode}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Final accounts / 部门决算")
public class FinalAccountsResource extends ReviewEndpoints {

    private final FinalAccountsService finalAccounts;
    private final PublishedVersions versions;

    FinalAccountsResource(FinalAccountsService finalAccounts, PublishedVersions versions) {
        this.finalAccounts = finalAccounts;
        this.versions = versions;
    }

    @Override
    protected Reviewable reviewable() {
        return finalAccounts;
    }

    @PUT
    @Operation(summary = "Create or replace the working copy (保存决算草稿)",
            description = "Amounts in the stated unit (元 or 万元); stored exactly in yuan. If-Match guards against lost updates.")
    public Response save(@PathParam("departmentCode") @Pattern(regexp = DepartmentYear.CODE_PATTERN,
                                 message = DepartmentYear.CODE_MESSAGE) String departmentCode,
                         @PathParam("year") @Min(DepartmentYear.FIRST_YEAR) @Max(DepartmentYear.LAST_YEAR) int year,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull FinalAccountsDocument document, UriInfo uri) {
        return finalAccounts.save(departmentCode, year, document, ifMatch).toResponse(uri);
    }

    @GET
    @Operation(summary = "Read the working copy with its findings and public tables")
    public Response get(@PathParam("departmentCode") String departmentCode, @PathParam("year") int year) {
        FinalAccountsView view = finalAccounts.get(departmentCode, year);
        return Response.ok(view).tag(Revisions.etag(view.revision())).build();
    }

    @GET
    @Path("/tables/{no}")
    @Operation(summary = "One public table (公开01–09表) of the working copy, in 万元")
    public PublicTable table(@PathParam("departmentCode") String departmentCode, @PathParam("year") int year,
                             @PathParam("no") @Pattern(regexp = "^0[1-9]$", message = "表号须为01至09 / tables are 01 to 09")
                             String no) {
        return finalAccounts.table(departmentCode, year, no);
    }

    @GET
    @Path("/explanations")
    @Operation(summary = "The explanations (第三部分 情况说明) of the working copy: figures and sentences")
    public Explanations explanations(@PathParam("departmentCode") String departmentCode,
                                     @PathParam("year") int year) {
        return finalAccounts.get(departmentCode, year).content().explanations();
    }

    @GET
    @Path("/findings")
    @Operation(summary = "The validation findings of the working copy; errors block publishing")
    public List<Finding> findings(@PathParam("departmentCode") String departmentCode, @PathParam("year") int year) {
        return finalAccounts.get(departmentCode, year).content().findings();
    }

    @POST
    @Path("/publish")
    @Operation(summary = "Publish the submitted working copy (公开); the first publication records the approval (批复), "
            + "a later one is a correction (更正) with a reason")
    public PublicationView publish(@PathParam("departmentCode") String departmentCode, @PathParam("year") int year,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid PublishRequest request) {
        return finalAccounts.publish(departmentCode, year,
                request == null ? new PublishRequest(null, null, null) : request, ifMatch);
    }

    @Path("/versions")
    public PartVersionsResource versions(@PathParam("departmentCode") String departmentCode,
                                         @PathParam("year") int year) {
        return new PartVersionsResource(versions, FinalAccountsService.KIND, departmentCode, year);
    }
}
