package io.juesuan.accounts.tables;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds 一般公共预算财政拨款基本支出决算表 (公开06表): basic expenditure by economic classification, every 类 and
 * 款 of the year's list whether empty or not, grouped into 人员经费 and 公用经费 with a total each.
 */
public final class EconomicTableBuilder {

    private static final String AMOUNT = "amount";

    private EconomicTableBuilder() {
    }

    /** @param bySection per economic 款 (5 digits), the exact yuan figure */
    public static PublicTable build(TableLayout layout, Catalogue catalogue, Map<String, BigDecimal> bySection,
                                    Map<String, Map<String, PrintedCell>> declared, List<Finding> findings) {
        TableCells cells = new TableCells(layout.id(), declared, findings);
        List<PublicTable.Row> rows = new ArrayList<>();
        for (TableLayout.Group group : layout.groups()) {
            List<BigDecimal> classTotals = new ArrayList<>();
            for (String classCode : group.classes()) {
                TreeSet<String> sections = new TreeSet<>();
                catalogue.economicNames().keySet().stream()
                        .filter(code -> code.length() == 5 && code.startsWith(classCode)).forEach(sections::add);
                bySection.keySet().stream().filter(code -> code.startsWith(classCode)).forEach(sections::add);

                List<PublicTable.Row> sectionRows = new ArrayList<>();
                List<BigDecimal> sectionValues = new ArrayList<>();
                for (String section : sections) {
                    TableCells.ResolvedRow row = cells.resolveRow(layout, section,
                            Map.of(AMOUNT, Sum.of(bySection.get(section))));
                    sectionValues.add(row.shown().get(AMOUNT));
                    sectionRows.add(cells.publicRow(section, catalogue.economicName(section).orElse(section),
                            "SECTION", null, row));
                }
                TableCells.ResolvedRow classRow = cells.resolveRow(layout, classCode,
                        Map.of(AMOUNT, Sum.over(sectionValues)));
                classTotals.add(classRow.shown().get(AMOUNT));
                rows.add(cells.publicRow(classCode, catalogue.economicName(classCode).orElse(classCode), "CLASS",
                        null, classRow));
                rows.addAll(sectionRows);
            }
            TableCells.ResolvedRow total = cells.resolveRow(layout, group.key(), Map.of(AMOUNT, Sum.over(classTotals)));
            rows.add(cells.publicRow(group.key(), group.name(), "TOTAL", null, total));
        }
        return new PublicTable(layout.id(), layout.title(), MoneyUnit.TEN_THOUSAND_YUAN.label(), layout.columns(),
                rows, bySection.isEmpty() && declared.isEmpty(), layout.footnote(), null, null);
    }
}
