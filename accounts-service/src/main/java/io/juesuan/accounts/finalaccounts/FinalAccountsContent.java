package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of a department-year, as read back and as published.
 *
 * @param unit        of {@code income}, {@code expenditure} and {@code declared}: always 元, exact
 * @param income      per 项, income by source
 * @param expenditure per 项 and fund, expenditure by kind
 * @param basicExpenditure per economic 款, the general budget's basic expenditure
 * @param threePublic 三公经费 actual and budget (yuan) and counts
 * @param declared    cells as the document printed them, per table, row and column
 * @param tables      the public tables by id, as the public sees them (万元)
 * @param findings    validation findings
 */
public record FinalAccountsContent(MoneyUnit unit, List<IncomeLine> income, List<ExpenditureLine> expenditure,
                                   List<EconomicLine> basicExpenditure, ThreePublic threePublic,
                                   Map<String, Map<String, Map<String, BigDecimal>>> declared,
                                   Map<String, PublicTable> tables, List<Finding> findings) {
}
