package io.juesuan.accounts.explanations;

import io.juesuan.accounts.catalogue.FunctionNames;
import io.juesuan.accounts.explanations.ExplanationLine.BaseKind;
import io.juesuan.accounts.figures.ExpenditureByKind;
import io.juesuan.accounts.figures.ExpenditureKind;
import io.juesuan.accounts.figures.IncomeSource;
import io.juesuan.accounts.figures.ThreePublicAmounts;
import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.accounts.tables.Sum;
import io.juesuan.accounts.tables.SummaryTableBuilder;
import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Generates every explanation line from the shown figures of the tables, so the text cannot contradict them:
 * totals and every 项 of table 05 of this year or last (one that fell to zero too) against last year, 三公 against
 * the year's budget (or, where the style compares them with last year, against last year with the budget beside),
 * 机关运行经费 against last year.
 * <p>
 * A figure summed over the document's complete lists (income, expenditure by 项) is zero where nothing adds to it:
 * the lists are the whole year. A figure from an optional part (balances, table 06's breakdown, 三公, 机关运行经费)
 * that the document does not give is absent: a balance has no line, the others a line without an amount, and the
 * text states nothing for it.
 */
public final class ExplanationBuilder {

    private static final Map<String, String> THREE_PUBLIC_NAMES = new LinkedHashMap<>();

    static {
        THREE_PUBLIC_NAMES.put("ABROAD", "因公出国（境）费支出");
        THREE_PUBLIC_NAMES.put("VEHICLES", "公务用车购置及运行费支出");
        THREE_PUBLIC_NAMES.put("VEHICLE_PURCHASE", "公务用车购置费支出");
        THREE_PUBLIC_NAMES.put("VEHICLE_OPERATION", "公务用车运行费支出");
        THREE_PUBLIC_NAMES.put("RECEPTION", "公务接待费支出");
    }

    private final ExplanationStyle style;
    private final FunctionNames names;
    private final TableFigures tables;
    private final ExplanationData data;
    private final PriorYear prior;
    private final Map<String, ExplanationLine> lines = new LinkedHashMap<>();

    private ExplanationBuilder(ExplanationStyle style, FunctionNames names, TableFigures tables, ExplanationData data,
                               PriorYear prior) {
        this.style = style;
        this.names = names;
        this.tables = tables;
        this.data = data;
        this.prior = prior;
    }

    /**
     * @param budget the year's 三公 budget in yuan, or null when not given
     * @return the lines by key, in the order the text gives them
     */
    public static Map<String, ExplanationLine> build(ExplanationStyle style, FunctionNames names, TableFigures tables,
                                                     ExplanationData data, PriorYear prior,
                                                     ThreePublicAmounts budget) {
        ExplanationBuilder builder = new ExplanationBuilder(style, names, tables, data, prior);
        builder.overview();
        builder.generalBudget();
        builder.basic();
        builder.threePublic(budget);
        builder.officeOperation();
        return builder.lines;
    }

    private void overview() {
        if (style.writes(ExplanationKeys.GRAND_TOTAL)) {
            againstPriorYear(ExplanationKeys.GRAND_TOTAL, "收入支出总计",
                    tables.valueOrZero("01", SummaryTableBuilder.INCOME_GRAND_TOTAL, "amount"));
            againstPriorYear(ExplanationKeys.FISCAL_TOTAL, "财政拨款收入支出总计",
                    tables.valueOrZero("04", SummaryTableBuilder.INCOME_GRAND_TOTAL, "total"));
        }
        for (String balance : ExplanationKeys.BALANCES) {
            tables.value("01", balance, "amount").ifPresent(amount ->
                    alone(balance, tables.rowName("01", balance).orElse(balance), amount));
        }
        againstPriorYear(ExplanationKeys.INCOME, "收入", tables.valueOrZero("01", "INCOME_TOTAL", "amount"));
        for (IncomeSource source : IncomeSource.values()) {
            alone(ExplanationKeys.INCOME_SOURCE + source.name(), source.label(),
                    tables.valueOrZero("01", source.name(), "amount"));
        }
        againstPriorYear(ExplanationKeys.EXPENDITURE, "支出", tables.valueOrZero("01", "EXPENDITURE_TOTAL", "amount"));
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            alone(ExplanationKeys.EXPENDITURE_KIND + kind.name(), kind.label(),
                    tables.valueOrZero("03", "TOTAL", ExpenditureByKind.fieldOf(kind)));
        }
    }

    private void generalBudget() {
        againstPriorYear(ExplanationKeys.GENERAL_BUDGET, "一般公共预算拨款支出",
                tables.valueOrZero("05", "TOTAL", "subtotal"));
        TreeSet<String> items = new TreeSet<>(prior.items().keySet());
        tables.table("05").ifPresent(t05 -> t05.rows().stream().map(PublicTable.Row::code)
                .filter(ExplanationKeys::isItem).forEach(items::add));
        data.stated().keySet().stream().filter(ExplanationKeys::isItem).forEach(items::add);
        for (String item : items) {
            againstPriorYear(item, names.of(item), tables.valueOrZero("05", item, "subtotal"));
        }
        againstPriorYear(ExplanationKeys.GOVERNMENT_FUND, "政府性基金预算拨款支出",
                tables.valueOrZero("08", "TOTAL", "subtotal"));
        againstPriorYear(ExplanationKeys.STATE_CAPITAL, "国有资本经营预算财政拨款支出",
                tables.valueOrZero("09", "TOTAL", "total"));
    }

    private void basic() {
        alone(ExplanationKeys.GENERAL_BUDGET_BASIC, "一般公共预算财政拨款基本支出",
                tables.valueOrZero("05", "TOTAL", "basic"));
        alone(ExplanationKeys.PERSONNEL, "人员经费", tables.value("06", "PERSONNEL_TOTAL", "amount").orElse(null));
        alone(ExplanationKeys.PUBLIC, "公用经费", tables.value("06", "PUBLIC_TOTAL", "amount").orElse(null));
    }

    private void threePublic(ThreePublicAmounts budget) {
        Map<String, BigDecimal> budgets = new LinkedHashMap<>(budget == null ? Map.of() : budget.byRow());
        if (budget != null) {
            budgets.put("VEHICLES", sumOfEvery(budget.vehiclePurchase(), budget.vehicleOperation()));
            budgets.put("TOTAL", sumOfEvery(budget.abroad(), budgets.get("VEHICLES"), budget.reception()));
        }
        threePublicLine(ExplanationKeys.THREE_PUBLIC, "“三公”经费财政拨款支出", "TOTAL", budgets);
        THREE_PUBLIC_NAMES.forEach((part, name) ->
                threePublicLine(ExplanationKeys.THREE_PUBLIC_PART + part, name, part, budgets));
    }

    private void officeOperation() {
        if (data.officeOperation() == null && prior.of(ExplanationKeys.OFFICE_OPERATION).isEmpty()
                && !data.stated().containsKey(ExplanationKeys.OFFICE_OPERATION)) {
            return;
        }
        BigDecimal amount = data.officeOperation() == null ? null : MoneyUnit.toDisplay(data.officeOperation());
        againstPriorYear(ExplanationKeys.OFFICE_OPERATION, "机关运行经费支出", amount);
    }

    private void threePublicLine(String key, String name, String row, Map<String, BigDecimal> budgets) {
        BigDecimal budget = budgets.get(row) == null ? null : MoneyUnit.toDisplay(budgets.get(row));
        BigDecimal amount = tables.value("07", row, "amount").orElse(null);
        if (style.takesPriorYear(key)) {
            ExplanationLine line = ExplanationLine.against(key, name, amount, prior.of(key).orElse(null),
                    BaseKind.PRIOR_YEAR, data.reason(key));
            lines.put(key, budget == null ? line : line.withBudget(budget));
        } else {
            lines.put(key, ExplanationLine.against(key, name, amount, budget, BaseKind.BUDGET, data.reason(key)));
        }
    }

    private void againstPriorYear(String key, String name, BigDecimal amount) {
        lines.put(key, ExplanationLine.against(key, name, amount, prior.of(key).orElse(null), BaseKind.PRIOR_YEAR,
                data.reason(key)));
    }

    private void alone(String key, String name, BigDecimal amount) {
        lines.put(key, ExplanationLine.alone(key, name, amount));
    }

    /** A budget total: unknown when one of its parts is not given. */
    private static BigDecimal sumOfEvery(BigDecimal... parts) {
        return Sum.ofEvery(Arrays.asList(parts)).amount();
    }
}
