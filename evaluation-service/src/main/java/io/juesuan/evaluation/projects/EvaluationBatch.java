package io.juesuan.evaluation.projects;

import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.part.BatchItem;
import io.juesuan.platform.part.PublishRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/** The body of a year's batch of performance self-evaluations (批量导入并公开). */
public record EvaluationBatch(@NotNull List<@Valid @NotNull Item> items) {

    /**
     * One department-year.
     *
     * @param document    the self-evaluation, as a save of the working copy takes it
     * @param publication for a department-year published before, the correction's reason (更正原因)
     */
    public record Item(@NotNull @Pattern(regexp = DepartmentYear.CODE_PATTERN, message = DepartmentYear.CODE_MESSAGE)
                       String departmentCode,
                       @Valid @NotNull EvaluationDocument document,
                       @Valid PublishRequest publication) implements BatchItem {
    }
}
