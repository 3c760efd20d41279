package io.juesuan.accounts.department;

import io.juesuan.platform.access.DepartmentAccess;
import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.problem.ProblemException;
import io.quarkus.security.PermissionsAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Departments / 部门")
public class DepartmentResource {

    private final DepartmentService departments;

    DepartmentResource(DepartmentService departments) {
        this.departments = departments;
    }

    @PUT
    @Path("/{departmentCode}")
    @PermissionsAllowed(DepartmentAccess.PUBLISH_FOR)
    @Operation(summary = "Register or update a department (登记部门)",
            description = "Reviewers of the department's division and administrators only.")
    public Response save(@PathParam("departmentCode") DepartmentCode departmentCode,
                         @Valid @NotNull DepartmentDocument document, UriInfo uri) {
        String code = departmentCode.value();
        if (!code.equals(document.code())) {
            throw ProblemException.invalidField("code", "与路径中的部门编码不一致 / differs from the code in the path");
        }
        boolean created = departments.save(document);
        DepartmentView view = departments.find(code).orElseThrow();
        return created ? Response.created(uri.getAbsolutePath()).entity(view).build() : Response.ok(view).build();
    }

    @GET
    @Path("/{departmentCode}")
    @PermitAll
    @Operation(summary = "Read a department (public: the register)")
    public DepartmentView get(@PathParam("departmentCode") DepartmentCode departmentCode) {
        return DepartmentView.of(departments.require(departmentCode.value()));
    }

    @GET
    @PermitAll
    @Operation(summary = "List departments, optionally of one administrative division (code prefix)")
    public List<DepartmentView> list(@QueryParam("division") @Pattern(regexp = "^[0-9]{0,6}$",
            message = "行政区划码前缀须为数字 / division must be a prefix of digits") String division) {
        return departments.list(division);
    }
}
