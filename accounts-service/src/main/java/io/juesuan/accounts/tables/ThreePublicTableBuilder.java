package io.juesuan.accounts.tables;

import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.accounts.figures.ThreePublicAmounts;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds 一般公共预算财政拨款“三公”经费支出决算表 (公开07表): six rows with their 行次, the two totals computed from
 * the kinds below them, and blank when one of those kinds is not stated.
 */
public final class ThreePublicTableBuilder {

    /** Row keys of 07, also the keys of its declared cells. */
    public static final Set<String> ROWS = Set.of("TOTAL", "ABROAD", "VEHICLES", "VEHICLE_PURCHASE",
            "VEHICLE_OPERATION", "RECEPTION");
    private static final String AMOUNT = "amount";

    private record Line(String key, String name, int lineNumber, List<String> parts) {
    }

    /** In printed order; a row with parts is their sum. */
    private static final List<Line> LINES = List.of(
            new Line("TOTAL", "合计", 1, List.of("ABROAD", "VEHICLES", "RECEPTION")),
            new Line("ABROAD", "1. 因公出国（境）费", 2, List.of()),
            new Line("VEHICLES", "2. 公务用车购置及运行维护费", 3, List.of("VEHICLE_PURCHASE", "VEHICLE_OPERATION")),
            new Line("VEHICLE_PURCHASE", "其中：（1）公务用车购置费", 4, List.of()),
            new Line("VEHICLE_OPERATION", "（2）公务用车运行维护费", 5, List.of()),
            new Line("RECEPTION", "3. 公务接待费", 6, List.of()));

    private ThreePublicTableBuilder() {
    }

    /** @param actual the year's actual 三公 spending in yuan, or null when the document gives none */
    public static PublicTable build(TableLayout layout, ThreePublicAmounts actual,
                                    Map<String, Map<String, PrintedCell>> declared, List<Finding> findings) {
        TableCells cells = new TableCells(layout.id(), declared, findings);
        Map<String, BigDecimal> leaves = actual == null ? Map.of() : actual.byRow();
        Map<String, TableCells.ResolvedRow> resolved = new HashMap<>();
        // leaves, then 公务用车 (its parts are leaves), then 合计
        for (int pass = 0; pass < 3; pass++) {
            for (Line line : LINES) {
                boolean ready = !resolved.containsKey(line.key())
                        && line.parts().stream().allMatch(resolved::containsKey);
                if (ready) {
                    Sum computed = line.parts().isEmpty() ? Sum.of(leaves.get(line.key()))
                            : Sum.ofEvery(line.parts().stream().map(p -> resolved.get(p).shown().get(AMOUNT))
                                    .toList());
                    resolved.put(line.key(), cells.resolveRow(layout, line.key(), Map.of(AMOUNT, computed)));
                }
            }
        }
        List<PublicTable.Row> rows = new ArrayList<>();
        for (Line line : LINES) {
            rows.add(cells.publicRow(line.key(), line.name(), line.parts().isEmpty() ? "ITEM" : "TOTAL",
                    line.lineNumber(), resolved.get(line.key())));
        }
        return new PublicTable(layout.id(), layout.title(), MoneyUnit.TEN_THOUSAND_YUAN.label(), layout.columns(),
                rows, false, layout.footnote());
    }
}
