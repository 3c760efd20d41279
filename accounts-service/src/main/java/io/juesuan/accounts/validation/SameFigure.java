package io.juesuan.accounts.validation;

import io.juesuan.platform.findings.Finding;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The same figure printed in two tables must match exactly: 0.01 万元 apart is a warning (a rounding choice),
 * more is an error (DESIGN §3).
 */
final class SameFigure {

    private static final BigDecimal ONE_CENT_OF_WAN = new BigDecimal("0.01");

    private SameFigure() {
    }

    static Optional<Finding> compare(String rule, String what, String tableA, String row, String column, BigDecimal a,
                                     String tableB, BigDecimal b) {
        BigDecimal gap = a.subtract(b).abs();
        if (gap.signum() == 0) {
            return Optional.empty();
        }
        Finding.Severity severity = gap.compareTo(ONE_CENT_OF_WAN) <= 0 ? Finding.Severity.WARNING
                : Finding.Severity.ERROR;
        return Optional.of(new Finding(rule, severity, what + "：公开" + tableA + "表 " + a.toPlainString() + " 万元，公开"
                + tableB + "表 " + b.toPlainString() + " 万元 / the same figure differs: table " + tableA + " "
                + a.toPlainString() + ", table " + tableB + " " + b.toPlainString(),
                new Finding.Location(tableA, row, column)));
    }
}
