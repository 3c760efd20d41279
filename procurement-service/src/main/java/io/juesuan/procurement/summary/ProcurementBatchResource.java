package io.juesuan.procurement.summary;

import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.part.BatchResult;
import io.juesuan.platform.security.Caller;
import io.juesuan.platform.web.BodyLimit;
import io.juesuan.platform.web.BodySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/procurement/{year}/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Government procurement / 政府采购")
public class ProcurementBatchResource {

    private final ProcurementService procurement;

    ProcurementBatchResource(ProcurementService procurement) {
        this.procurement = procurement;
    }

    @POST
    @RolesAllowed({Caller.ADMIN, Caller.REVIEWER})
    @BodyLimit(BodySize.LARGEST_BYTES)
    @Operation(summary = "Publish a year's procurement of many departments at once (批量导入并公开)",
            description = "Up to 100 department-years, each with all its contracts (they replace any it had) and "
                    + "optionally a declared summary, published in one transaction. One failing item fails the batch "
                    + "and names its field; nothing is stored. Reviewers of the departments' divisions and "
                    + "administrators only.")
    public BatchResult publish(@PathParam("year") FiscalYear year, @Valid @NotNull ProcurementBatch batch) {
        return procurement.publishBatch(year.value(), batch.items());
    }
}
