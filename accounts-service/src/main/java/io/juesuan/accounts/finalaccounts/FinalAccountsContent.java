package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.tables.Table01;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;

import java.util.List;

/**
 * The figures of a department-year, as read back and as published.
 *
 * @param unit               of {@code income} and {@code expenditureByClass}: always 元, exact
 * @param income             income by source, yuan
 * @param expenditureByClass expenditure by function class in code order, yuan
 * @param table01            公开01表 as the public sees it, 万元
 * @param findings           validation findings
 */
public record FinalAccountsContent(MoneyUnit unit, IncomeBySource income, List<ClassExpenditure> expenditureByClass,
                                   Table01 table01, List<Finding> findings) {
}
