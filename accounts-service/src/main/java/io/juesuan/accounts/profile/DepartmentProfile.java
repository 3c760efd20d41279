package io.juesuan.accounts.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * 第一部分 部门概况 of a year: what the department does, which units its accounts cover, what it did.
 *
 * @param duties      部门主要职责, paragraphs separated by line breaks
 * @param units       部门决算单位基本情况, in printed order
 * @param workSummary 部门主要工作总结, paragraphs separated by line breaks
 */
public record DepartmentProfile(@Size(max = 100_000) String duties,
                                @Size(max = 1000) List<@NotNull @Valid UnitInScope> units,
                                @Size(max = 200_000) String workSummary) {

    public static final DepartmentProfile EMPTY = new DepartmentProfile(null, List.of(), null);
}
