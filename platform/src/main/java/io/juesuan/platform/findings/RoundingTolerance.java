package io.juesuan.platform.findings;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * 尾数误差: published tables convert yuan to 万元 with 舍位平衡, so a printed total may differ from the sum of its
 * n printed parts by up to 0.005 万元 × (n + 1). Such a gap is a warning; a larger one is an error (DESIGN §3).
 */
public final class RoundingTolerance {

    /** Half of the last printed digit, 0.005 万元, in yuan. */
    private static final BigDecimal HALF_DIGIT_YUAN = new BigDecimal("50");

    private RoundingTolerance() {
    }

    /** The largest gap, in yuan, that rounding explains for a sum of {@code parts} non-empty parts. */
    public static BigDecimal toleranceYuan(int parts) {
        return HALF_DIGIT_YUAN.multiply(BigDecimal.valueOf(parts + 1L));
    }

    /** No finding when the figures agree; a warning within the tolerance; an error beyond it. */
    public static Optional<Finding.Severity> classify(BigDecimal declaredYuan, BigDecimal sumYuan, int parts) {
        BigDecimal gap = declaredYuan.subtract(sumYuan).abs();
        if (gap.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(gap.compareTo(toleranceYuan(parts)) <= 0 ? Finding.Severity.WARNING : Finding.Severity.ERROR);
    }
}
