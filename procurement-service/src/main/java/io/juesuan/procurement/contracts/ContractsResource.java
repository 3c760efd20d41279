package io.juesuan.procurement.contracts;

import io.juesuan.platform.text.CsvLines;
import io.juesuan.platform.access.DepartmentAccess;
import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.paths.SerialNumber;
import io.juesuan.platform.text.PlainText;
import io.juesuan.platform.web.BodyLimit;
import io.juesuan.platform.web.BodySize;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contracts of a department-year's procurement. */
@Path("/api/v1/procurement/{departmentCode}/{year}/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Government procurement / 政府采购")
public class ContractsResource {

    private final ContractService contracts;

    ContractsResource(ContractService contracts) {
        this.contracts = contracts;
    }

    @POST
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Operation(summary = "Add a contract; its supplier's credit code must pass the GB 32100-2015 check")
    public Response create(@PathParam("departmentCode") DepartmentCode departmentCode,
                           @PathParam("year") FiscalYear year,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ContractDocument document, @Context UriInfo uri) {
        ContractView created = contracts.create(departmentCode.value(), year.value(), document, ifMatch);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Path("/import")
    @BodyLimit(BodySize.IMPORT_BYTES)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import contracts from CSV (UTF-8, header row): all, or none with every bad line reported")
    public Response importCsv(@PathParam("departmentCode") DepartmentCode departmentCode,
                              @PathParam("year") FiscalYear year,
                              @QueryParam("replace") @DefaultValue("false") boolean replace,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] csv) {
        String text = CsvLines.utf8(csv == null ? new byte[0] : csv);
        return Response.status(Response.Status.CREATED)
                .entity(contracts.importCsv(departmentCode.value(), year.value(), text, replace, ifMatch)).build();
    }

    @GET
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Operation(summary = "List the contracts, a page at a time, filtered by category, supplier scale, method or text")
    public ContractPage list(@PathParam("departmentCode") DepartmentCode departmentCode,
                             @PathParam("year") FiscalYear year,
                             @QueryParam("category") ContractCategory category,
                             @QueryParam("scale") EnterpriseScale scale,
                             @QueryParam("method") ProcurementMethod method,
                             @QueryParam("q") @Size(max = 100) String q,
                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return contracts.list(departmentCode.value(), year.value(), new ContractFilter(category, scale, method,
                PlainText.checked("q", q)), page,
                size);
    }

    @GET
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Path("/{id}")
    public ContractView get(@PathParam("departmentCode") DepartmentCode departmentCode,
                            @PathParam("year") FiscalYear year,
                            @PathParam("id") SerialNumber id) {
        return contracts.get(departmentCode.value(), year.value(), id.value());
    }

    @PUT
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Path("/{id}")
    @Operation(summary = "Replace a contract")
    public ContractView replace(@PathParam("departmentCode") DepartmentCode departmentCode,
                                @PathParam("year") FiscalYear year,
                                @PathParam("id") SerialNumber id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull ContractDocument document) {
        return contracts.replace(departmentCode.value(), year.value(), id.value(), document, ifMatch);
    }

    @DELETE
    @PermissionsAllowed(DepartmentAccess.WORK_ON)
    @Path("/{id}")
    @Operation(summary = "Delete a contract")
    public Response delete(@PathParam("departmentCode") DepartmentCode departmentCode,
                           @PathParam("year") FiscalYear year,
                           @PathParam("id") SerialNumber id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        contracts.delete(departmentCode.value(), year.value(), id.value(), ifMatch);
        return Response.noContent().build();
    }
}
