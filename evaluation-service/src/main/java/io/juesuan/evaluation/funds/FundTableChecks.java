package io.juesuan.evaluation.funds;

import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.findings.RoundingTolerance;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fund table's arithmetic, row by row and column by column: ④ = ① + ② − ③, ⑦ = ⑤ − ⑥, ⑧ = ⑦ ÷ ⑤ (two
 * decimals, half-up, none when ⑤ is zero), 财政资金小计 = 中央 + 省级 + 地方 and 合计 = 财政 + 其他. Amounts are in
 * yuan; a gap within the rounding tail of the 万元 printing is a warning, more is an error.
 */
public final class FundTableChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ONE_DIGIT = new BigDecimal("0.01");
    private static final List<Column> COLUMNS = List.of(
            new Column("①", FundRow::initial), new Column("②", FundRow::adjustment),
            new Column("③", FundRow::allocated), new Column("④", FundRow::balance),
            new Column("⑤", FundRow::arrived), new Column("⑥", FundRow::spent), new Column("⑦", FundRow::remaining));

    private record Column(String label, Function<FundRow, BigDecimal> figure) {
    }

    private final String where;
    private final List<Finding> findings = new ArrayList<>();

    private FundTableChecks(String where) {
        this.where = where;
    }

    /** @param yuanRows the rows with amounts in yuan */
    public static List<Finding> check(String project, Map<FundSource, FundRow> yuanRows) {
        FundTableChecks checks = new FundTableChecks(project);
        yuanRows.forEach(checks::formulas);
        checks.subtotal(yuanRows, FundSource.FISCAL_SUBTOTAL, FundSource.CENTRAL, FundSource.PROVINCIAL,
                FundSource.LOCAL);
        checks.subtotal(yuanRows, FundSource.TOTAL, FundSource.FISCAL_SUBTOTAL, FundSource.OTHER_SUBTOTAL);
        return checks.findings;
    }

    /** A rate in % of two yuan figures, two decimals half-up; null when the base is zero. */
    public static BigDecimal rate(BigDecimal part, BigDecimal base) {
        if (part == null || base == null || base.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
    }

    private void formulas(FundSource source, FundRow row) {
        if (row.initial() != null && row.allocated() != null && row.balance() != null) {
            BigDecimal adjustment = row.adjustment() == null ? BigDecimal.ZERO : row.adjustment();
            compare(source, "④", "④=①+②−③", row.balance(), row.initial().add(adjustment).subtract(row.allocated()), 3);
        }
        if (row.arrived() != null && row.spent() != null && row.remaining() != null) {
            compare(source, "⑦", "⑦=⑤−⑥", row.remaining(), row.arrived().subtract(row.spent()), 2);
        }
        if (row.remainingRate() != null && row.remaining() != null && row.arrived() != null) {
            BigDecimal computed = rate(row.remaining(), row.arrived());
            boolean zeroOfNothing = computed == null && row.remainingRate().signum() == 0
                    && row.remaining().signum() == 0;
            if (computed == null && !zeroOfNothing) {
                add("EVAL-FUND-FORMULA", Finding.Severity.ERROR, source, "⑧", "⑧=⑦/⑤：实际到位为零，结余率无从计算 / "
                        + "a rate is printed against nothing arrived");
            } else if (computed != null && computed.compareTo(row.remainingRate()) != 0) {
                BigDecimal gap = computed.subtract(row.remainingRate()).abs();
                add("EVAL-FUND-FORMULA", gap.compareTo(ONE_DIGIT) <= 0 ? Finding.Severity.WARNING
                        : Finding.Severity.ERROR, source, "⑧", "⑧=⑦/⑤：所列 " + row.remainingRate().toPlainString()
                        + "%，计算为 " + computed.toPlainString() + "% / the printed rate differs from ⑦ ÷ ⑤");
            }
        }
    }

    private void subtotal(Map<FundSource, FundRow> rows, FundSource total, FundSource... parts) {
        FundRow printed = rows.get(total);
        if (printed == null) {
            return;
        }
        for (Column column : COLUMNS) {
            BigDecimal shown = column.figure().apply(printed);
            List<BigDecimal> present = Arrays.stream(parts).map(rows::get).filter(Objects::nonNull)
                    .map(column.figure()).filter(Objects::nonNull).toList();
            if (shown == null || present.isEmpty()) {
                continue;
            }
            BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            long nonEmpty = present.stream().filter(v -> v.signum() != 0).count();
            RoundingTolerance.classify(shown, sum, (int) nonEmpty).ifPresent(severity ->
                    add("EVAL-FUND-SUBTOTAL", severity, total, column.label(), total.label() + column.label() + "列所列 "
                            + wan(shown) + " 万元，其组成合计 " + wan(sum) + " 万元 / the subtotal differs from its rows"));
        }
    }

    private void compare(FundSource source, String column, String formula, BigDecimal printed, BigDecimal computed,
                         int parts) {
        RoundingTolerance.classify(printed, computed, parts).ifPresent(severity ->
                add("EVAL-FUND-FORMULA", severity, source, column, formula + "：所列 " + wan(printed) + " 万元，计算为 "
                        + wan(computed) + " 万元 / the printed figure breaks its formula"));
    }

    private void add(String rule, Finding.Severity severity, FundSource source, String column, String message) {
        findings.add(new Finding(rule, severity, "“" + where + "”" + source.label() + "：" + message,
                new Finding.Location("evaluation", where + " / " + source.name(), column)));
    }

    private static String wan(BigDecimal yuan) {
        return MoneyUnit.toDisplay(yuan).toPlainString();
    }
}
