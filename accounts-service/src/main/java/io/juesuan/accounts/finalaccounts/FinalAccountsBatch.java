package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.department.DepartmentDocument;
import io.juesuan.platform.part.BatchItem;
import io.juesuan.platform.part.PublishRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The body of a year's batch of final accounts (批量导入并公开). */
public record FinalAccountsBatch(@NotNull List<@Valid @NotNull Item> items) {

    /**
     * One department-year.
     *
     * @param department  registered, or updated, with its accounts (登记部门)
     * @param document    the final accounts, as a save of the working copy takes them
     * @param publication the finance bureau's approval (批复); for a department-year published before, the
     *                    correction's reason (更正原因)
     */
    public record Item(@Valid @NotNull DepartmentDocument department, @Valid @NotNull FinalAccountsDocument document,
                       @Valid PublishRequest publication) implements BatchItem {

        @Override
        public String departmentCode() {
            return department.code();
        }

        @Override
        public String departmentCodeField() {
            return "department.code";
        }
    }
}
