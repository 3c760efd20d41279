package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.explanations.ExplanationInput;
import io.juesuan.accounts.explanations.StatedFigures;
import io.juesuan.accounts.figures.Balances;
import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.accounts.figures.ThreePublic;
import io.juesuan.accounts.profile.DepartmentProfile;
import io.juesuan.accounts.profile.StateAssets;
import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.json.OptionalFigures;
import io.juesuan.platform.money.MoneyUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The final accounts of a department-year as one document (PUT replaces the working copy). Native data gives
 * the 项 lines only; a legacy document also gives the cells it prints as totals and subtotals ({@code declared}),
 * kept as printed and checked against the computed ones.
 *
 * @param year        the fiscal year; must match the path
 * @param unit        the unit of every amount: 元 or 万元
 * @param income      per 项, income by source (公开02表)
 * @param expenditure per 项 and fund, expenditure by kind (公开03, 05, 08, 09表)
 * @param basicExpenditure optional: the general budget's basic expenditure per economic 款 (公开06表)
 * @param threePublic optional: 三公经费 actual, budget and counts (公开07表)
 * @param balances    optional: 年初结转和结余, 使用非财政拨款结余, 结余分配, 年末结转和结余 (by fund)
 * @param declared    optional: table id (01–09) → row key (function code, income source, TOTAL …; in 01 and 04 also
 *                    the template row's ordinal, "14") → column key
 *                    → the cell as printed: a number, "-" (a dash), or null (printed blank), each kept as printed
 * @param printedNames optional, legacy: the names printed for the template rows of 01 and 04, table id → ordinal
 *                    → name; shown as printed, a name that differs from the catalogue's is a warning
 * @param functionNames optional: function code (类, 款 or 项) → the name the document prints for it, used where the
 *                    year's catalogue has no name for the code
 * @param profile     optional: 第一部分 部门概况 of the year (duties, units in scope, work summary)
 * @param assets      optional: state assets held at the year's end
 * @param transcribedFrom optional, legacy: the disclosure this document transcribes (title or address). A
 *                    transcript is published as printed: its errors are shown with it instead of blocking it, for
 *                    the platform keeps what was disclosed, not a corrected copy
 * @param officeOperation optional: 机关运行经费 of the year
 * @param explanations optional: per explanation line, last year's 决算数 and the reason of the change
 * @param stated      optional, legacy: per explanation line, the figures its text states (amount, base, change,
 *                    percent), kept as printed and checked against the tables
 */
public record FinalAccountsDocument(
        @NotNull @Min(DepartmentYear.FIRST_YEAR) @Max(DepartmentYear.LAST_YEAR) Integer year,
        @NotNull MoneyUnit unit,
        @NotNull @Size(max = 5000) List<@NotNull @Valid IncomeLine> income,
        @NotNull @Size(max = 5000) List<@NotNull @Valid ExpenditureLine> expenditure,
        @Size(max = 500) List<@NotNull @Valid EconomicLine> basicExpenditure,
        @Valid ThreePublic threePublic,
        @Valid Balances balances,
        Map<String, Map<String, Map<String, PrintedCell>>> declared,
        Map<String, Map<Integer, @NotBlank @Size(max = 200) String>> printedNames,
        @Size(max = 5000) Map<String, @NotBlank @Size(max = 200) String> functionNames,
        @Valid DepartmentProfile profile,
        @Valid StateAssets assets,
        @Size(max = 500) String transcribedFrom,
        @Schema(description = "机关运行经费. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal officeOperation,
        @Size(max = 5000) List<@NotNull @Valid ExplanationInput> explanations,
        Map<String, @NotNull @Valid StatedFigures> stated) {
}
