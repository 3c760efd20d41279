package io.juesuan.accounts.finalaccounts;

import io.juesuan.platform.money.MoneyUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The final accounts of a department-year as a client writes them (PUT replaces the working copy).
 *
 * @param unit                the unit of every amount: 元 or 万元
 * @param income              income by source (公开01表 收入)
 * @param expenditureByClass  expenditure by function class (公开01表 支出)
 */
public record FinalAccountsDocument(
        @NotNull MoneyUnit unit,
        @NotNull @Valid IncomeBySource income,
        @NotNull @Size(max = 100) List<@NotNull @Valid ClassExpenditure> expenditureByClass) {
}
