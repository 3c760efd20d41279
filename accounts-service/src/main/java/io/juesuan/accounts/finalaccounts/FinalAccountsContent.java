package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.explanations.ExplanationInput;
import io.juesuan.accounts.explanations.Explanations;
import io.juesuan.accounts.explanations.StatedFigures;
import io.juesuan.accounts.figures.Balances;
import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.accounts.figures.ThreePublic;
import io.juesuan.accounts.layout.LayoutRef;
import io.juesuan.accounts.profile.DepartmentProfile;
import io.juesuan.accounts.profile.StateAssets;
import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of a department-year, as read back and as published.
 *
 * @param profile     第一部分 部门概况 of the year
 * @param layout      the layout profile the tables and explanations were checked and printed with
 * @param assets      state assets at the year's end, or null when not given
 * @param unit        of {@code income}, {@code expenditure} and {@code declared}: always 元, exact
 * @param income      per 项, income by source
 * @param expenditure per 项 and fund, expenditure by kind
 * @param basicExpenditure per economic 款, the general budget's basic expenditure
 * @param threePublic 三公经费 actual and budget (yuan) and counts
 * @param balances    opening and closing balances by fund, yuan
 * @param declared    cells as the document printed them, per table, row and column
 * @param printedNames legacy: names printed for template rows of 01 and 04, table id → ordinal → name
 * @param functionNames function code → the name the document prints, used where the catalogue has none
 * @param transcribedFrom the disclosure a legacy document transcribes, or null for native data
 * @param officeOperation 机关运行经费 in yuan, or null when not given
 * @param explanationInputs per explanation line: last year's figure (yuan) and reason, as given
 * @param stated      per explanation line: the figures a legacy text states (yuan; percent as printed)
 * @param tables      the public tables by id, as the public sees them (万元)
 * @param explanations the explanations (第三部分) generated from the tables
 * @param findings    validation findings
 */
public record FinalAccountsContent(DepartmentProfile profile, LayoutRef layout, StateAssets assets, MoneyUnit unit,
                                   List<IncomeLine> income, List<ExpenditureLine> expenditure,
                                   List<EconomicLine> basicExpenditure, ThreePublic threePublic, Balances balances,
                                   Map<String, Map<String, Map<String, PrintedCell>>> declared,
                                   Map<String, Map<Integer, String>> printedNames,
                                   Map<String, String> functionNames,
                                   String transcribedFrom, BigDecimal officeOperation,
                                   List<ExplanationInput> explanationInputs,
                                   Map<String, StatedFigures> stated, Map<String, PublicTable> tables,
                                   Explanations explanations, List<Finding> findings) {
}
