package io.juesuan.accounts.tables;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.finalaccounts.ExpenditureByKind;
import io.juesuan.accounts.finalaccounts.Fund;
import io.juesuan.accounts.finalaccounts.IncomeBySource;
import io.juesuan.accounts.finalaccounts.IncomeSource;
import io.juesuan.platform.findings.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the public tables of a department-year from its figures, with the findings their declared cells
 * raise. Tables 04, 06 and 07 come with the data they need (economic classification, 三公, balances per fund).
 */
public final class PublicTables {

    /** The tables by id, and what generating them found. */
    public record Generated(Map<String, PublicTable> tables, List<Finding> findings) {
    }

    private static final Set<IncomeSource> APPROPRIATIONS =
            Set.of(IncomeSource.GENERAL_BUDGET, IncomeSource.GOVERNMENT_FUND, IncomeSource.STATE_CAPITAL);

    private PublicTables() {
    }

    public static Generated generate(Catalogue catalogue, Map<String, TableLayout> layouts, Figures figures) {
        List<Finding> findings = new ArrayList<>();
        Map<String, PublicTable> tables = new LinkedHashMap<>();
        tables.put("01", Table01Builder.build(layouts.get("01"), catalogue, incomeBySource(figures),
                expenditureByItem(figures), figures.declaredIn("01"), findings));
        tables.put("02", functionTable("02", catalogue, layouts, figures, findings, incomeColumns(figures)));
        tables.put("03", functionTable("03", catalogue, layouts, figures, findings,
                kindColumns(figures, fund -> true)));
        tables.put("05", functionTable("05", catalogue, layouts, figures, findings,
                kindColumns(figures, Fund.GENERAL_BUDGET::equals)));
        Map<String, Map<String, BigDecimal>> governmentFund = kindColumns(figures, Fund.GOVERNMENT_FUND::equals);
        figures.income().forEach((item, sources) -> {
            BigDecimal income = sources.get(IncomeSource.GOVERNMENT_FUND);
            if (income != null) {
                governmentFund.computeIfAbsent(item, k -> new LinkedHashMap<>()).put("income", income);
            }
        });
        tables.put("08", functionTable("08", catalogue, layouts, figures, findings, governmentFund));
        tables.put("09", functionTable("09", catalogue, layouts, figures, findings,
                kindColumns(figures, Fund.STATE_CAPITAL::equals)));
        return new Generated(tables, findings);
    }

    private static PublicTable functionTable(String id, Catalogue catalogue, Map<String, TableLayout> layouts,
                                             Figures figures, List<Finding> findings,
                                             Map<String, Map<String, BigDecimal>> items) {
        return FunctionTableBuilder.build(layouts.get(id), catalogue, items, figures.declaredIn(id), findings);
    }

    private static Map<IncomeSource, Table01Builder.Sum> incomeBySource(Figures figures) {
        Map<IncomeSource, Table01Builder.Sum> sums = new EnumMap<>(IncomeSource.class);
        figures.income().values().forEach(sources -> sources.forEach((source, amount) ->
                sums.merge(source, new Table01Builder.Sum(amount, 1), Table01Builder.Sum::plus)));
        return sums;
    }

    private static Map<String, BigDecimal> expenditureByItem(Figures figures) {
        Map<String, BigDecimal> byItem = new LinkedHashMap<>();
        figures.expenditure().forEach((item, funds) -> funds.values().forEach(kinds -> kinds.values()
                .forEach(amount -> byItem.merge(item, amount, BigDecimal::add))));
        return byItem;
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
