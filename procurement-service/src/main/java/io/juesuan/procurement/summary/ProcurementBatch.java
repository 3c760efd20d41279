package io.juesuan.procurement.summary;

import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.part.BatchItem;
import io.juesuan.platform.part.PublishRequest;
import io.juesuan.procurement.contracts.ContractDocument;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of a year's batch of government procurement (批量导入并公开). */
public record ProcurementBatch(@NotNull List<@Valid @NotNull Item> items) {

    /**
     * One department-year, whole.
     *
     * @param contracts   its contracts: they replace any it had
     * @param summary     the totals a legacy disclosure declares, when it declares them; none when absent
     * @param publication for a department-year published before, the correction's reason (更正原因)
     */
    public record Item(@NotNull @Pattern(regexp = DepartmentYear.CODE_PATTERN, message = DepartmentYear.CODE_MESSAGE)
                       String departmentCode,
                       @NotNull @Size(max = 10_000) List<@Valid @NotNull ContractDocument> contracts,
                       @Valid ProcurementDocument summary,
                       @Valid PublishRequest publication) implements BatchItem {
    }
}
