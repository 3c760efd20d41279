package io.juesuan.accounts.tables;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed figure in yuan and how many figures were added to get it, which sets its rounding tolerance.
 *
 * @param amount the exact sum, null when nothing was added
 * @param parts  how many non-empty figures it adds; 0 for a figure taken as it is
 */
public record Sum(BigDecimal amount, int parts) {

    public static final Sum NONE = new Sum(null, 0);

    /** A figure taken as it is, such as a 项 line. */
    public static Sum of(BigDecimal amount) {
        return amount == null ? NONE : new Sum(amount, 0);
    }

    /** The sum of several figures, each counted as one part; empty figures are skipped. */
    public static Sum over(Iterable<BigDecimal> amounts) {
        BigDecimal total = null;
        int parts = 0;
        for (BigDecimal amount : amounts) {
            if (amount != null) {
                total = total == null ? amount : total.add(amount);
                parts++;
            }
        }
        return new Sum(total, parts);
    }

    /**
     * The sum of a fixed set of parts (the kinds of 三公), unknown when any part is absent: the document did not
     * state that part, and a sum of the others is not the total.
     */
    public static Sum ofEvery(List<BigDecimal> amounts) {
        return amounts.contains(null) ? NONE : over(amounts);
    }

    public Sum plus(Sum other) {
        if (other.amount == null) {
            return this;
        }
        if (amount == null) {
            return other;
        }
        return new Sum(amount.add(other.amount), parts + other.parts);
    }
}
