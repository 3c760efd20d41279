package io.juesuan.gateway.disclosures;

import io.juesuan.platform.part.DepartmentYear;
import io.juesuan.platform.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosures / 部门决算公开")
public class DisclosureResource {

    private final Disclosures disclosures;

    DisclosureResource(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @GET
    @Path("/{departmentCode}/{year}")
    @Operation(summary = "The published disclosure of a department-year",
            description = "Assembled from the latest published version of each part (final accounts, performance "
                    + "evaluation, procurement), with each part's version. Drafts are never shown.")
    public String disclosure(@PathParam("departmentCode") @Pattern(regexp = DepartmentYear.CODE_PATTERN,
                                     message = DepartmentYear.CODE_MESSAGE) String departmentCode,
                             @PathParam("year") @Min(DepartmentYear.FIRST_YEAR) @Max(DepartmentYear.LAST_YEAR) int year) {
        return disclosures.document(departmentCode, year).orElseThrow(() -> ProblemException.notFound(
                "部门 " + departmentCode + " 尚未公开 " + year + " 年度决算 / no published disclosure of "
                        + departmentCode + " for " + year));
    }
}
