package io.juesuan.accounts.tables;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.catalogue.FunctionCode;
import io.juesuan.accounts.catalogue.FunctionNames;
import io.juesuan.accounts.figures.Balances;
import io.juesuan.accounts.figures.ExpenditureByKind;
import io.juesuan.accounts.figures.Figures;
import io.juesuan.accounts.figures.Fund;
import io.juesuan.accounts.figures.IncomeBySource;
import io.juesuan.accounts.figures.IncomeSource;
import io.juesuan.platform.findings.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the public tables of a department-year from its figures, with the findings their declared cells
 * raise.
 */
public final class PublicTables {

    /** The tables by id, and what generating them found. */
    public record Generated(Map<String, PublicTable> tables, List<Finding> findings) {
    }

    private static final Set<IncomeSource> APPROPRIATIONS =
            Set.of(IncomeSource.GENERAL_BUDGET, IncomeSource.GOVERNMENT_FUND, IncomeSource.STATE_CAPITAL);

    private PublicTables() {
    }

    /**
     * @param departmentName named in the note an empty table prints; null where no reader sees it
     * @param year           named there too
     */
    public static Generated generate(Catalogue catalogue, TableTemplates templates, Figures figures,
                                     String departmentName, int year) {
        Map<String, TableLayout> layouts = templates.tables();
        FunctionNames names = new FunctionNames(catalogue, figures.printedFunctionNames());
        List<Finding> findings = new ArrayList<>();
        Map<String, PublicTable> tables = new LinkedHashMap<>();
        TableLayout layout01 = layouts.get("01");
        tables.put("01", SummaryTableBuilder.build(layout01, templates.expenditureRows(), names,
                table01(layout01, figures), figures.declaredIn("01"), findings));
        tables.put("02", functionTable("02", names, layouts, figures, findings, incomeColumns(figures),
                departmentName, year));
        tables.put("03", functionTable("03", names, layouts, figures, findings,
                kindColumns(figures, fund -> true), departmentName, year));
        TableLayout layout04 = layouts.get("04");
        tables.put("04", SummaryTableBuilder.build(layout04, templates.expenditureRows(), names,
                table04(layout04, figures), figures.declaredIn("04"), findings));
        tables.put("05", functionTable("05", names, layouts, figures, findings,
                kindColumns(figures, Fund.GENERAL_BUDGET::equals), departmentName, year));
        tables.put("06", EconomicTableBuilder.build(layouts.get("06"), catalogue, figures.basicByEconomic(),
                figures.declaredIn("06"), findings));
        tables.put("07", ThreePublicTableBuilder.build(layouts.get("07"), figures.threePublic(),
                figures.declaredIn("07"), findings));
        tables.put("08", functionTable("08", names, layouts, figures, findings,
                fundFlows(figures, Fund.GOVERNMENT_FUND, layouts.get("08")), departmentName, year));
        tables.put("09", functionTable("09", names, layouts, figures, findings,
                fundFlows(figures, Fund.STATE_CAPITAL, layouts.get("09")), departmentName, year));
        return new Generated(tables, findings);
    }

    /**
     * 08 and 09: one fund's expenditure by kind, its income where the profile prints an income column, and its
     * balances by 项 where the document gives them.
     */
    private static Map<String, Map<String, BigDecimal>> fundFlows(Figures figures, Fund fund, TableLayout layout) {
        Map<String, Map<String, BigDecimal>> items = kindColumns(figures, fund::equals);
        figures.balances().byItem().stream().filter(line -> line.fund() == fund).forEach(line -> {
            Map<String, BigDecimal> columns = items.computeIfAbsent(line.functionCode(), k -> new LinkedHashMap<>());
            if (line.opening() != null) {
                columns.put(OPENING_BALANCE, line.opening());
            }
            if (line.closing() != null) {
                columns.put(CLOSING_BALANCE, line.closing());
            }
        });
        if (layout.columnKeys().contains(INCOME)) {
            IncomeSource source = IncomeSource.valueOf(fund.name());
            figures.income().forEach((item, sources) -> {
                BigDecimal income = sources.get(source);
                if (income != null) {
                    items.computeIfAbsent(item, k -> new LinkedHashMap<>()).put(INCOME, income);
                }
            });
        }
        return items;
    }

    private static PublicTable functionTable(String id, FunctionNames names, Map<String, TableLayout> layouts,
                                             Figures figures, List<Finding> findings,
                                             Map<String, Map<String, BigDecimal>> items, String departmentName,
                                             int year) {
        TableLayout layout = layouts.get(id);
        return FunctionTableBuilder.build(layout, names, items, figures.declaredIn(id), findings,
                layout.emptyNoteFor(departmentName, year));
    }

    /** The balance rows the profile prints for 01 or 04, in its order and under its names. */
    private static List<SummaryTableBuilder.Line> balanceLines(TableLayout layout, Balances given) {
        List<SummaryTableBuilder.Line> lines = new ArrayList<>();
        for (TableLayout.FixedRow row : layout.fixedRows()) {
            BalanceRows.Definition definition = BalanceRows.of(layout.id(), row.key());
            lines.add(new SummaryTableBuilder.Line(row.key(), row.name(), null, definition.adds(),
                    definition.computed().apply(given)));
        }
        return lines;
    }

    /** 01: the eight income lines and all expenditure by class, one column. */
    private static SummaryTableBuilder.Content table01(TableLayout layout01, Figures figures) {
        List<SummaryTableBuilder.Line> income = new ArrayList<>();
        for (IncomeSource source : IncomeSource.values()) {
            income.add(new SummaryTableBuilder.Line(source.name(), source.label(), source.ordinal() + 1, BalanceRows.Adds.INCOME,
                    Map.of(AMOUNT, incomeOf(figures, source))));
        }
        Map<String, Map<String, Sum>> byClass = new LinkedHashMap<>();
        figures.expenditure().forEach((item, funds) -> funds.values().forEach(kinds -> kinds.values().forEach(amount ->
                byClass.computeIfAbsent(classOf(item), k -> new LinkedHashMap<>())
                        .merge(AMOUNT, new Sum(amount, 1), Sum::plus))));
        List<SummaryTableBuilder.Line> balances = balanceLines(layout01, figures.balances());
        return new SummaryTableBuilder.Content(income, byClass, balances, "本年收入合计", "本年支出合计",
                figures.printedNames().getOrDefault("01", Map.of()));
    }

    /** 04: appropriation income by fund and expenditure by class per fund. */
    private static SummaryTableBuilder.Content table04(TableLayout layout04, Figures figures) {
        List<SummaryTableBuilder.Line> income = new ArrayList<>();
        int ordinal = 1;
        for (Fund fund : APPROPRIATION_FUNDS.keySet()) {
            income.add(new SummaryTableBuilder.Line(fund.name(), FUND_LABELS.get(fund), ordinal++, BalanceRows.Adds.INCOME,
                    Map.of(APPROPRIATION_FUNDS.get(fund), incomeOf(figures, IncomeSource.valueOf(fund.name())))));
        }
        Map<String, Map<String, Sum>> byClass = new LinkedHashMap<>();
        figures.expenditure().forEach((item, funds) -> funds.forEach((fund, kinds) -> {
            String column = APPROPRIATION_FUNDS.get(fund);
            if (column != null) {
                kinds.values().forEach(amount -> byClass.computeIfAbsent(classOf(item), k -> new LinkedHashMap<>())
                        .merge(column, new Sum(amount, 1), Sum::plus));
            }
        }));
        List<SummaryTableBuilder.Line> balances = balanceLines(layout04, figures.balances());
        return new SummaryTableBuilder.Content(income, byClass, balances, "本年收入合计", "本年支出合计",
                figures.printedNames().getOrDefault("04", Map.of()));
    }

    private static final String AMOUNT = "amount";
    private static final String INCOME = "income";
    private static final String OPENING_BALANCE = "openingBalance";
    private static final String CLOSING_BALANCE = "closingBalance";
    private static final Map<Fund, String> APPROPRIATION_FUNDS = BalanceRows.APPROPRIATION_FUNDS;
    private static final Map<Fund, String> FUND_LABELS = Map.of(Fund.GENERAL_BUDGET, "一般公共预算财政拨款",
            Fund.GOVERNMENT_FUND, "政府性基金预算财政拨款", Fund.STATE_CAPITAL, "国有资本经营预算财政拨款");

    /** The sum of one source over the 项 lines, each line one part. */
    private static Sum incomeOf(Figures figures, IncomeSource source) {
        Sum sum = Sum.NONE;
        for (Map<IncomeSource, BigDecimal> sources : figures.income().values()) {
            BigDecimal amount = sources.get(source);
            if (amount != null) {
                sum = sum.plus(new Sum(amount, 1));
            }
        }
        return sum;
    }

    private static String classOf(String item) {
        return FunctionCode.ancestorAt(item, FunctionCode.Level.CLASS);
    }

    /** 公开02表's columns: 财政拨款收入 is the three appropriation funds together. */
    private static Map<String, Map<String, BigDecimal>> incomeColumns(Figures figures) {
        Map<String, Map<String, BigDecimal>> items = new LinkedHashMap<>();
        figures.income().forEach((item, sources) -> {
            Map<String, BigDecimal> columns = new LinkedHashMap<>();
            sources.forEach((source, amount) -> columns.merge(
                    APPROPRIATIONS.contains(source) ? "fiscal" : IncomeBySource.fieldOf(source), amount, BigDecimal::add));
            items.put(item, columns);
        });
        return items;
    }

    /** Expenditure by kind of the funds that pass {@code funds}, keyed as 公开03表's columns. */
    private static Map<String, Map<String, BigDecimal>> kindColumns(Figures figures,
                                                                     java.util.function.Predicate<Fund> funds) {
        Map<String, Map<String, BigDecimal>> items = new LinkedHashMap<>();
        figures.expenditure().forEach((item, byFund) -> byFund.forEach((fund, kinds) -> {
            if (funds.test(fund)) {
                kinds.forEach((kind, amount) -> items.computeIfAbsent(item, k -> new LinkedHashMap<>())
                        .merge(ExpenditureByKind.fieldOf(kind), amount, BigDecimal::add));
            }
        }));
        return items;
    }
}
