package io.juesuan.accounts.tables;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.catalogue.FunctionCode;
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
    public static PublicTable build(TableLayout layout, Catalogue catalogue,
                                    Map<String, Map<String, BigDecimal>> items,
                                    Map<String, Map<String, BigDecimal>> declared, List<Finding> findings) {
        TableCells cells = new TableCells(layout.id(), declared, findings);
        TreeSet<String> codes = new TreeSet<>();
        items.keySet().forEach(code -> addWithAncestors(codes, code));
        declared.keySet().stream().filter(FunctionCode::isWellFormed).forEach(code -> addWithAncestors(codes, code));

        Map<String, Map<String, BigDecimal>> shown = new HashMap<>();
        // deepest rows first, so every parent sums rows already resolved
        List<String> bottomUp = codes.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        for (String code : bottomUp) {
            List<String> children = codes.stream().filter(c -> FunctionCode.parentOf(c).filter(code::equals)
                    .isPresent()).toList();
            shown.put(code, resolveRow(layout, cells, code, items.get(code), children, shown));
        }
        List<String> classes = codes.stream().filter(c -> c.length() == 3).toList();
        shown.put(TOTAL, resolveRow(layout, cells, TOTAL, null, classes, shown));

        List<PublicTable.Row> rows = new ArrayList<>();
        rows.add(row(TOTAL, "合计", "TOTAL", shown, cells));
        for (String code : codes) {
            rows.add(row(code, catalogue.functionName(code).orElse(code), FunctionCode.levelOf(code).name(),
                    shown, cells));
        }
        boolean empty = shown.get(TOTAL).values().stream().allMatch(v -> v == null || v.signum() == 0);
        return new PublicTable(layout.id(), layout.title(), MoneyUnit.TEN_THOUSAND_YUAN.label(), layout.columns(),
                rows, empty, layout.footnote());
    }

    private static void addWithAncestors(TreeSet<String> codes, String code) {
        for (String c = code; c != null; c = FunctionCode.parentOf(c).orElse(null)) {
            codes.add(c);
        }
    }

    /** Shown figures of one row, with its computed ones kept under the {@code computed:} prefix. */
    private static Map<String, BigDecimal> resolveRow(TableLayout layout, TableCells cells, String code,
                                                      Map<String, BigDecimal> item, List<String> children,
                                                      Map<String, Map<String, BigDecimal>> shown) {
        Map<String, BigDecimal> computed = new LinkedHashMap<>();
        Map<String, Integer> parts = new HashMap<>();
        for (String column : layout.columnKeys()) {
            if (item != null) {
                computed.put(column, item.get(column));
                parts.put(column, 0);
            } else {
                List<BigDecimal> values = children.stream().map(c -> shown.get(c).get(column))
                        .filter(java.util.Objects::nonNull).toList();
                computed.put(column, values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
                parts.put(column, values.size());
            }
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String column : layout.columnKeys()) {
            if (!layout.sums().containsKey(column)) {
                values.put(column, cells.resolve(code, column, computed.get(column), parts.get(column)));
            }
        }
        layout.sums().forEach((total, partColumns) -> {
            if (item != null && computed.get(total) == null) {
                // a 项's total column is the sum of its own part columns
                List<BigDecimal> present = partColumns.stream().map(values::get).filter(java.util.Objects::nonNull)
                        .toList();
                computed.put(total, present.isEmpty() ? null : present.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
                parts.put(total, present.size());
            }
            BigDecimal value = cells.resolve(code, total, computed.get(total), parts.get(total));
            values.put(total, value);
            cells.checkColumnSum(code, total, value, partColumns.stream().map(values::get).toList());
        });
        Map<String, BigDecimal> row = new LinkedHashMap<>();
        layout.columnKeys().forEach(column -> row.put(column, values.get(column)));
        computed.forEach((column, value) -> row.put("computed:" + column, value));
        return row;
    }

    private static PublicTable.Row row(String code, String name, String level,
                                       Map<String, Map<String, BigDecimal>> shown, TableCells cells) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, BigDecimal> computed = new LinkedHashMap<>();
        shown.get(code).forEach((key, yuan) -> {
            BigDecimal display = yuan == null ? null : MoneyUnit.toDisplay(yuan);
            if (key.startsWith("computed:")) {
                computed.put(key.substring("computed:".length()), display);
            } else {
                values.put(key, display);
            }
        });
        return new PublicTable.Row(code, name, level, null, values, cells.anyDeclared() ? computed : null);
    }
}
