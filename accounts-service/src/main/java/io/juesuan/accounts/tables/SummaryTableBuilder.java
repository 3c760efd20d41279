package io.juesuan.accounts.tables;

import io.juesuan.accounts.catalogue.FunctionNames;
import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the two summary tables, 收入支出决算总表 (公开01表) and 财政拨款收入支出决算总表 (04表): income lines,
 * every expenditure row of the year's template (empty or not), balances, and the totals of both sides.
 */
public final class SummaryTableBuilder {

    public static final String INCOME_TOTAL = "INCOME_TOTAL";
    public static final String EXPENDITURE_TOTAL = "EXPENDITURE_TOTAL";
    public static final String INCOME_GRAND_TOTAL = "INCOME_GRAND_TOTAL";
    public static final String EXPENDITURE_GRAND_TOTAL = "EXPENDITURE_GRAND_TOTAL";

    /**
     * A row with its computed figures per column.
     *
     * @param adds for a balance row: which side's 总计 it adds to, if any
     */
    public record Line(String key, String name, Integer ordinal, BalanceRows.Adds adds, Map<String, Sum> computed) {
    }

    /**
     * What one summary table is made of.
     *
     * @param income             the income lines in printed order
     * @param expenditureByClass per function class (类), the computed figures per column
     * @param balances           balance rows in printed order
     * @param incomeTotalName    e.g. 本年收入合计
     * @param expenditureTotalName e.g. 本年支出合计
     * @param printedNames         legacy: the names the document prints for template rows, by ordinal
     */
    public record Content(List<Line> income, Map<String, Map<String, Sum>> expenditureByClass, List<Line> balances,
                          String incomeTotalName, String expenditureTotalName, Map<Integer, String> printedNames) {
    }

    private SummaryTableBuilder() {
    }

    /** @param rows the numbered expenditure rows the profile prints, each shown whether the document has it or not */
    public static PublicTable build(TableLayout layout, List<TemplateRow> rows, FunctionNames names, Content content,
                                    Map<String, Map<String, PrintedCell>> declared, List<Finding> findings) {
        TableCells cells = new TableCells(layout.id(), declared, findings);
        List<PublicTable.Row> printed = new ArrayList<>();

        List<TableCells.ResolvedRow> income = new ArrayList<>();
        for (Line line : content.income()) {
            TableCells.ResolvedRow row = cells.resolveRow(layout, line.key(), line.computed());
            income.add(row);
            printed.add(cells.publicRow(line.key(), line.name(), "INCOME", line.ordinal(), row));
        }
        TableCells.ResolvedRow incomeTotal =
                total(layout, cells, printed, INCOME_TOTAL, content.incomeTotalName(), income);

        Map<String, Map<String, Sum>> byClass = new TreeMap<>(content.expenditureByClass());
        List<TableCells.ResolvedRow> expenditure = new ArrayList<>();
        for (TemplateRow template : rows) {
            Map<String, Sum> computed = byClass.remove(template.code());
            TableCells.ResolvedRow row = cells.resolveRow(layout, template.code(), computed == null ? Map.of() : computed);
            expenditure.add(row);
            String name = content.printedNames().getOrDefault(template.ordinal(), template.name());
            printed.add(cells.publicRow(template.code(), name, "EXPENDITURE", template.ordinal(), row));
        }
        // a class the template has no row for still counts; validation warns about it. So does a class only the
        // document prints: its printed figure is shown against nothing, never dropped
        cells.declaredRows().stream().filter(code -> code.matches("^[0-9]{3}$"))
                .filter(code -> rows.stream().noneMatch(row -> row.code().equals(code)))
                .forEach(code -> byClass.putIfAbsent(code, Map.of()));
        byClass.forEach((code, computed) -> {
            TableCells.ResolvedRow row = cells.resolveRow(layout, code, computed);
            expenditure.add(row);
            printed.add(cells.publicRow(code, names.of(code), "EXPENDITURE", null, row));
        });
        TableCells.ResolvedRow expenditureTotal =
                total(layout, cells, printed, EXPENDITURE_TOTAL, content.expenditureTotalName(), expenditure);

        List<TableCells.ResolvedRow> incomeSide = new ArrayList<>(List.of(incomeTotal));
        List<TableCells.ResolvedRow> expenditureSide = new ArrayList<>(List.of(expenditureTotal));
        for (Line balance : content.balances()) {
            TableCells.ResolvedRow row = cells.resolveRow(layout, balance.key(), balance.computed());
            boolean part = balance.adds() == BalanceRows.Adds.NEITHER;
            printed.add(cells.publicRow(balance.key(), balance.name(), part ? "BALANCE_PART" : "BALANCE", null, row));
            if (!part) {
                (balance.adds() == BalanceRows.Adds.INCOME ? incomeSide : expenditureSide).add(row);
            }
        }
        total(layout, cells, printed, INCOME_GRAND_TOTAL, "总计", incomeSide);
        total(layout, cells, printed, EXPENDITURE_GRAND_TOTAL, "总计", expenditureSide);
        return new PublicTable(layout.id(), layout.title(), MoneyUnit.TEN_THOUSAND_YUAN.label(), layout.columns(),
                printed, false, layout.footnote(), null, null);
    }

    private static TableCells.ResolvedRow total(TableLayout layout, TableCells cells, List<PublicTable.Row> rows,
                                                String key, String name, List<TableCells.ResolvedRow> parts) {
        Map<String, Sum> computed = new LinkedHashMap<>();
        for (String column : layout.columnKeys()) {
            computed.put(column, Sum.over(parts.stream().map(p -> p.shown().get(column)).toList()));
        }
        TableCells.ResolvedRow row = cells.resolveRow(layout, key, computed);
        rows.add(cells.publicRow(key, name, "TOTAL", null, row));
        return row;
    }
}
