package io.juesuan.accounts.tables;

import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.findings.RoundingTolerance;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place where a table's declared cells (as a legacy document prints them) meet the computed ones: the
 * table shows the declared figure, and every disagreement becomes a finding. A gap that rounding explains
 * (尾数误差) is a warning, anything larger an error; data is never "fixed" behind the user's back.
 */
final class TableCells {

    /** A printed total that is not the sum of its printed parts (rows below it). */
    static final String SUBTOTAL = "ACC-SUBTOTAL";
    /** A printed total column that is not the sum of the other columns of its row. */
    static final String COLUMN_SUM = "ACC-COLUMN-SUM";
    /** A printed figure with nothing to sum, that differs from the line it stands for. */
    static final String DECLARED_LEAF = "ACC-DECLARED-LEAF";
    /** A cell printed as a dash or blank where the lines give a figure other than zero. */
    static final String PRINTED_EMPTY = "ACC-PRINTED-EMPTY";

    private final String tableId;
    private final Map<String, Map<String, PrintedCell>> declared;
    private final List<Finding> findings;

    TableCells(String tableId, Map<String, Map<String, PrintedCell>> declared, List<Finding> findings) {
        this.tableId = tableId;
        this.declared = declared;
        this.findings = findings;
    }

    /** Whether the document declared any cell of this table, so computed figures are shown alongside. */
    boolean anyDeclared() {
        return !declared.isEmpty();
    }

    /** The rows the document declared any cell of. */
    java.util.Set<String> declaredRows() {
        return declared.keySet();
    }

    Optional<PrintedCell> declared(String row, String column) {
        return Optional.ofNullable(declared.getOrDefault(row, Map.of()).get(column));
    }

    /**
     * The figure to show for a cell: the declared one when there is one (checked against {@code computed},
     * the sum of {@code parts} shown figures), else the computed one. A cell printed as a dash or blank shows no
     * figure.
     */
    BigDecimal resolve(String row, String column, BigDecimal computed, int parts) {
        Optional<PrintedCell> cell = declared(row, column);
        if (cell.isEmpty()) {
            return computed;
        }
        if (!cell.get().isFigure()) {
            if (computed != null && computed.signum() != 0) {
                String printed = cell.get().isDash() ? "“-”" : "空白";
                findings.add(new Finding(PRINTED_EMPTY, Finding.Severity.ERROR, "公开" + tableId + "表 " + row + " 行 "
                        + column + " 列：所列为" + printed + "，明细为 " + wan(computed) + " 万元 / table " + tableId
                        + ", row " + row + ", column " + column + ": printed " + (cell.get().isDash() ? "a dash"
                        : "blank") + ", the lines give " + wan(computed), new Finding.Location(tableId, row, column)));
            }
            return null;
        }
        Optional<BigDecimal> printed = cell.map(PrintedCell::amount);
        BigDecimal base = computed == null ? BigDecimal.ZERO : computed;
        RoundingTolerance.classify(printed.get(), base, parts).ifPresent(severity -> {
            boolean sum = parts > 0;
            findings.add(new Finding(sum ? SUBTOTAL : DECLARED_LEAF, sum ? severity : Finding.Severity.ERROR,
                    "公开" + tableId + "表 " + row + " 行 " + column + " 列：所列 " + wan(printed.get()) + " 万元，"
                            + (sum ? "其下各行合计 " : "明细为 ") + wan(base) + " 万元" + tail(sum, severity)
                            + " / table " + tableId + ", row " + row + ", column " + column + ": printed "
                            + wan(printed.get()) + ", " + (sum ? "the rows below add up to " : "the line says ")
                            + wan(base), new Finding.Location(tableId, row, column)));
        });
        return printed.get();
    }

    /** A row's figures: those shown and those computed, per column key, in yuan; the columns printed as a dash. */
    record ResolvedRow(Map<String, BigDecimal> shown, Map<String, BigDecimal> computed, Map<String, String> marks) {
    }

    /**
     * Resolves every column of a row. A sum column of the layout that has no computed figure of its own is the
     * sum of its part columns; every sum column is checked against its parts. A column no line feeds
     * ({@link TableColumns#statedOnly}) shows what the document printed where nothing is computed for it.
     */
    ResolvedRow resolveRow(TableLayout layout, String row, Map<String, Sum> computed) {
        Map<String, BigDecimal> shown = new LinkedHashMap<>();
        Map<String, BigDecimal> computedFigures = new LinkedHashMap<>();
        for (String column : layout.columnKeys()) {
            if (!layout.sums().containsKey(column)) {
                Sum sum = computed.getOrDefault(column, Sum.NONE);
                computedFigures.put(column, sum.amount());
                boolean stated = sum.amount() == null && TableColumns.statedOnly(layout.id()).contains(column);
                shown.put(column, stated ? declared(row, column).filter(PrintedCell::isFigure)
                        .map(PrintedCell::amount).orElse(null) : resolve(row, column, sum.amount(), sum.parts()));
            }
        }
        layout.sums().forEach((total, parts) -> {
            Sum sum = computed.get(total);
            if (sum == null || sum.amount() == null) {
                sum = Sum.over(parts.stream().map(shown::get).toList());
            }
            computedFigures.put(total, sum.amount());
            BigDecimal value = resolve(row, total, sum.amount(), sum.parts());
            shown.put(total, value);
            checkColumnSum(row, total, value, parts.stream().map(shown::get).toList());
        });
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        Map<String, BigDecimal> orderedComputed = new LinkedHashMap<>();
        Map<String, String> marks = new LinkedHashMap<>();
        layout.columnKeys().forEach(column -> {
            ordered.put(column, shown.get(column));
            orderedComputed.put(column, computedFigures.get(column));
            declared(row, column).filter(PrintedCell::isDash).ifPresent(cell -> marks.put(column, cell.mark()));
        });
        return new ResolvedRow(ordered, orderedComputed, marks);
    }

    /** The public row: figures in 万元, the computed ones alongside when the document declared any cell. */
    PublicTable.Row publicRow(String code, String name, String level, Integer ordinal, ResolvedRow row) {
        return new PublicTable.Row(code, name, level, ordinal, display(row.shown()),
                anyDeclared() ? display(row.computed()) : null, row.marks().isEmpty() ? null : row.marks());
    }

    private static Map<String, BigDecimal> display(Map<String, BigDecimal> yuan) {
        Map<String, BigDecimal> wan = new LinkedHashMap<>();
        yuan.forEach((column, value) -> wan.put(column, value == null ? null : MoneyUnit.toDisplay(value)));
        return wan;
    }

    /** Checks that a shown total column equals the sum of the shown part columns of its row. */
    void checkColumnSum(String row, String totalColumn, BigDecimal total, List<BigDecimal> parts) {
        List<BigDecimal> present = parts.stream().filter(Objects::nonNull).toList();
        if (total == null || present.isEmpty()) {
            return;
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        RoundingTolerance.classify(total, sum, present.size()).ifPresent(severity -> findings.add(new Finding(
                COLUMN_SUM, severity, "公开" + tableId + "表 " + row + " 行：" + totalColumn + " 列 " + wan(total)
                + " 万元，各列合计 " + wan(sum) + " 万元" + tail(true, severity) + " / table " + tableId + ", row "
                + row + ": column " + totalColumn + " is " + wan(total) + ", the columns add up to " + wan(sum),
                new Finding.Location(tableId, row, totalColumn))));
    }

    private static String tail(boolean sum, Finding.Severity severity) {
        return sum && severity == Finding.Severity.WARNING ? "（尾数误差）" : "";
    }

    private static String wan(BigDecimal yuan) {
        return MoneyUnit.toDisplay(yuan).toPlainString();
    }
}
