package io.juesuan.evaluation.projects;

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

@Path("/api/v1/evaluations/{year}/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Performance self-evaluation / 绩效自评")
public class EvaluationBatchResource {

    private final EvaluationService evaluations;

    EvaluationBatchResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @POST
    @RolesAllowed({Caller.ADMIN, Caller.REVIEWER})
    @BodyLimit(BodySize.LARGEST_BYTES)
    @Operation(summary = "Publish a year's self-evaluations of many departments at once (批量导入并公开)",
            description = "Up to 100 department-years, each saved, submitted and published in one transaction. One "
                    + "failing item fails the batch and names its field; nothing is stored. Reviewers of the "
                    + "departments' divisions and administrators only.")
    public BatchResult publish(@PathParam("year") FiscalYear year, @Valid @NotNull EvaluationBatch batch) {
        return evaluations.publishBatch(year.value(), batch.items());
    }
}
