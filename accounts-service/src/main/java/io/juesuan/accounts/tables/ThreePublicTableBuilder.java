package io.juesuan.accounts.tables;

import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.accounts.figures.ThreePublic;
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
 * the kinds below them, and blank when one of those kinds is not stated. Its columns are the profile's: 决算数
 * ({@code amount}) and, where the region prints it, 预算数 ({@code budget}), each summed on its own.
 */
public final class ThreePublicTableBuilder {

    /** Row keys of 07, also the keys of its declared cells. */
    public static final Set<String> ROWS = Set.of("TOTAL", "ABROAD", "VEHICLES", "VEHICLE_PURCHASE",
            "VEHICLE_OPERATION", "RECEPTION");
    private static final String AMOUNT = "amount";
    private static final String BUDGET = "budget";

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

    /** @param threePublic the year's 三公 spending and budget in yuan; either may be null when not given */
    public static PublicTable build(TableLayout layout, ThreePublic threePublic,
                                    Map<String, Map<String, PrintedCell>> declared, List<Finding> findings) {
        TableCells cells = new TableCells(layout.id(), declared, findings);
        Map<String, Map<String, BigDecimal>> leaves = Map.of(AMOUNT, byRow(threePublic.actual()),
                BUDGET, byRow(threePublic.budget()));
        Map<String, TableCells.ResolvedRow> resolved = new HashMap<>();
        // leaves, then 公务用车 (its parts are leaves), then 合计
        for (int pass = 0; pass < 3; pass++) {
            for (Line line : LINES) {
                boolean ready = !resolved.containsKey(line.key())
                        && line.parts().stream().allMatch(resolved::containsKey);
                if (ready) {
                    Map<String, Sum> computed = new HashMap<>();
                    for (String column : layout.columnKeys()) {
                        computed.put(column, line.parts().isEmpty() ? Sum.of(leaves.get(column).get(line.key()))
                                : Sum.ofEvery(line.parts().stream().map(p -> resolved.get(p).shown().get(column))
                                        .toList()));
                    }
                    resolved.put(line.key(), cells.resolveRow(layout, line.key(), computed));
                }
            }
        }
        List<PublicTable.Row> rows = new ArrayList<>();
        for (Line line : LINES) {
            rows.add(cells.publicRow(line.key(), line.name(), line.parts().isEmpty() ? "ITEM" : "TOTAL",
                    line.lineNumber(), resolved.get(line.key())));
        }
        return new PublicTable(layout.id(), layout.title(), MoneyUnit.TEN_THOUSAND_YUAN.label(), layout.columns(),
                rows, false, layout.footnote(), null, null);
    }

    private static Map<String, BigDecimal> byRow(ThreePublicAmounts amounts) {
        return amounts == null ? Map.of() : amounts.byRow();
    }
}
