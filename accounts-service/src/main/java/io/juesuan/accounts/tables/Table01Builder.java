package io.juesuan.accounts.tables;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.catalogue.FunctionCode;
import io.juesuan.accounts.catalogue.TemplateRow;
import io.juesuan.accounts.finalaccounts.IncomeSource;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds 收入支出决算总表 (公开01表): the eight income lines, every expenditure row of the year's template (empty or
 * not), the balances and the totals. One value column, {@code amount}.
 */
public final class Table01Builder {

    public static final String INCOME_TOTAL = "INCOME_TOTAL";
    public static final String EXPENDITURE_TOTAL = "EXPENDITURE_TOTAL";
    private static final String AMOUNT = "amount";

    /** Balance rows: key, printed name, whether it adds to the income side (else the expenditure side). */
    private enum Balance {
        NON_FISCAL_BALANCE_USED("使用非财政拨款结余", true),
        OPENING_BALANCE("年初结转和结余", true),
        BALANCE_DISTRIBUTION("结余分配", false),
        CLOSING_BALANCE("年末结转和结余", false);

        private final String label;
        private final boolean incomeSide;

        Balance(String label, boolean incomeSide) {
            this.label = label;
            this.incomeSide = incomeSide;
        }
    }

    private Table01Builder() {
    }

    /**
     * @param incomeBySource    per source: the sum of the 项 lines, yuan, with how many lines it sums
     * @param expenditureByItem per 项: expenditure of every fund and kind, yuan
     * @param declared          cells as printed, per row key, column {@code amount}, yuan
     */
    public static PublicTable build(TableLayout layout, Catalogue catalogue, Map<IncomeSource, Sum> incomeBySource,
                                    Map<String, BigDecimal> expenditureByItem,
                                    Map<String, Map<String, BigDecimal>> declared, List<Finding> findings) {
        TableCells cells = new TableCells(layout.id(), declared, findings);
        List<PublicTable.Row> rows = new ArrayList<>();

        List<BigDecimal> incomeShown = new ArrayList<>();
        for (IncomeSource source : IncomeSource.values()) {
            Sum sum = incomeBySource.getOrDefault(source, Sum.NONE);
            BigDecimal value = cells.resolve(source.name(), AMOUNT, sum.amount(), sum.parts());
            incomeShown.add(value);
            rows.add(row(source.name(), source.label(), "INCOME", source.ordinal() + 1, value, sum.amount(), cells));
        }
        BigDecimal incomeTotal = total(cells, rows, INCOME_TOTAL, "本年收入合计", incomeShown);

        Map<String, Sum> byClass = new TreeMap<>();
        expenditureByItem.forEach((item, amount) -> byClass.merge(
                FunctionCode.ancestorAt(item, FunctionCode.Level.CLASS), new Sum(amount, 1), Sum::plus));
        List<BigDecimal> expenditureShown = new ArrayList<>();
        for (TemplateRow template : catalogue.table01Rows()) {
            Sum sum = byClass.remove(template.code());
            expenditureShown.add(expenditureRow(cells, rows, template.code(), template.name(), template.ordinal(),
                    sum == null ? Sum.NONE : sum));
        }
        // a class the template has no row for still counts; validation warns about it
        byClass.forEach((code, sum) -> expenditureShown.add(expenditureRow(cells, rows, code,
                catalogue.functionName(code).orElse(code), null, sum)));
        BigDecimal expenditureTotal = total(cells, rows, EXPENDITURE_TOTAL, "本年支出合计", expenditureShown);

        List<BigDecimal> incomeSide = new ArrayList<>(List.of(nullToZero(incomeTotal)));
        List<BigDecimal> expenditureSide = new ArrayList<>(List.of(nullToZero(expenditureTotal)));
        for (Balance balance : Balance.values()) {
            BigDecimal value = cells.resolve(balance.name(), AMOUNT, null, 0);
            rows.add(row(balance.name(), balance.label, "BALANCE", null, value, null, cells));
            (balance.incomeSide ? incomeSide : expenditureSide).add(value);
        }
        total(cells, rows, "INCOME_GRAND_TOTAL", "总计", incomeSide);
        total(cells, rows, "EXPENDITURE_GRAND_TOTAL", "总计", expenditureSide);
        return new PublicTable(layout.id(), layout.title(), MoneyUnit.TEN_THOUSAND_YUAN.label(), layout.columns(),
                rows, false, layout.footnote());
    }

    private static BigDecimal expenditureRow(TableCells cells, List<PublicTable.Row> rows, String code, String name,
                                             Integer ordinal, Sum sum) {
        BigDecimal value = cells.resolve(code, AMOUNT, sum.amount(), sum.parts());
        rows.add(row(code, name, "EXPENDITURE", ordinal, value, sum.amount(), cells));
        return value;
    }

    private static BigDecimal total(TableCells cells, List<PublicTable.Row> rows, String key, String name,
                                    List<BigDecimal> parts) {
        List<BigDecimal> present = parts.stream().filter(Objects::nonNull).toList();
        BigDecimal computed = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal value = cells.resolve(key, AMOUNT, computed, present.size());
        rows.add(row(key, name, "TOTAL", null, value, computed, cells));
        return value;
    }

    private static PublicTable.Row row(String code, String name, String level, Integer ordinal, BigDecimal shown,
                                       BigDecimal computed, TableCells cells) {
        return new PublicTable.Row(code, name, level, ordinal, Collections.singletonMap(AMOUNT, display(shown)),
                cells.anyDeclared() ? Collections.singletonMap(AMOUNT, display(computed)) : null);
    }

    private static BigDecimal display(BigDecimal yuan) {
        return yuan == null ? null : MoneyUnit.toDisplay(yuan);
    }

    private static BigDecimal nullToZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** A sum of exact figures and how many were added, for the rounding tolerance. */
    public record Sum(BigDecimal amount, int parts) {
        public static final Sum NONE = new Sum(null, 0);

        Sum plus(Sum other) {
            return new Sum(amount.add(other.amount), parts + other.parts);
        }
    }
}
