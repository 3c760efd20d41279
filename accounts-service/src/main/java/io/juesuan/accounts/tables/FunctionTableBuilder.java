package io.juesuan.accounts.tables;

import io.juesuan.accounts.catalogue.FunctionNames;
import io.juesuan.accounts.catalogue.FunctionCode;
import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds a table by function classification (公开02, 03, 05, 08, 09表): a 合计 row, then every 类 with its 款
 * and 项, each parent the sum of the rows below it. Pure: figures in yuan in, a table in 万元 out.
 */
public final class FunctionTableBuilder {

    public static final String TOTAL = "TOTAL";

    private FunctionTableBuilder() {
    }

    /**
     * @param items    per 项 code, per column key: the exact yuan figure (sum columns may be left out)
     * @param declared per row key (function code or {@code TOTAL}), per column: cells as printed, in yuan
     */
    public static PublicTable build(TableLayout layout, FunctionNames names,
                                    Map<String, Map<String, BigDecimal>> items,
                                    Map<String, Map<String, PrintedCell>> declared, List<Finding> findings) {
        return build(layout, names, items, declared, findings, null);
    }

    /** @param emptyNote what the table prints when it is empty, the department and year named; null for nothing */
    public static PublicTable build(TableLayout layout, FunctionNames names,
                                    Map<String, Map<String, BigDecimal>> items,
                                    Map<String, Map<String, PrintedCell>> declared, List<Finding> findings,
                                    String emptyNote) {
        TableCells cells = new TableCells(layout.id(), declared, findings);
        TreeSet<String> codes = new TreeSet<>();
        items.keySet().forEach(code -> addWithAncestors(codes, code));
        declared.keySet().stream().filter(FunctionCode::isWellFormed).forEach(code -> addWithAncestors(codes, code));

        Map<String, TableCells.ResolvedRow> resolved = new HashMap<>();
        // deepest rows first, so every parent sums rows already resolved
        List<String> bottomUp = codes.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        for (String code : bottomUp) {
            Map<String, Sum> computed = new LinkedHashMap<>();
            if (items.containsKey(code)) {
                items.get(code).forEach((column, amount) -> computed.put(column, Sum.of(amount)));
            } else {
                computed.putAll(sumOf(layout, codes.stream()
                        .filter(c -> FunctionCode.parentOf(c).filter(code::equals).isPresent()).toList(), resolved));
            }
            resolved.put(code, cells.resolveRow(layout, code, computed));
        }
        List<String> classes = codes.stream().filter(c -> c.length() == 3).toList();
        resolved.put(TOTAL, cells.resolveRow(layout, TOTAL, sumOf(layout, classes, resolved)));

        List<PublicTable.Row> rows = new ArrayList<>();
        rows.add(cells.publicRow(TOTAL, "合计", "TOTAL", null, resolved.get(TOTAL)));
        for (String code : codes) {
            rows.add(cells.publicRow(code, names.of(code),
                    FunctionCode.levelOf(code).name(), null, resolved.get(code)));
        }
        boolean empty = resolved.get(TOTAL).shown().values().stream().allMatch(v -> v == null || v.signum() == 0);
        return new PublicTable(layout.id(), layout.title(), MoneyUnit.TEN_THOUSAND_YUAN.label(), layout.columns(),
                rows, empty, layout.footnote(), empty ? emptyNote : null, layout.codeColumns());
    }

    /** Per column, the sum of the shown figures of {@code rows}. */
    private static Map<String, Sum> sumOf(TableLayout layout, List<String> rows,
                                          Map<String, TableCells.ResolvedRow> resolved) {
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (String column : layout.columnKeys()) {
            sums.put(column, Sum.over(rows.stream().map(r -> resolved.get(r).shown().get(column)).toList()));
        }
        return sums;
    }

    private static void addWithAncestors(TreeSet<String> codes, String code) {
        for (String c = code; c != null; c = FunctionCode.parentOf(c).orElse(null)) {
            codes.add(c);
        }
    }
}
