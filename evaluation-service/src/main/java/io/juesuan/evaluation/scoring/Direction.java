package io.juesuan.evaluation.scoring;

import java.math.BigDecimal;

/** Which side of a threshold meets it: most targets are floors (≥), a delay is a ceiling (≤). */
public enum Direction {
    /** ≥: more is better. */
    AT_LEAST,
    /** ≤: less is better, such as months of delay. */
    AT_MOST;

    boolean meets(BigDecimal value, BigDecimal threshold) {
        int comparison = value.compareTo(threshold);
        return this == AT_LEAST ? comparison >= 0 : comparison <= 0;
    }

    /** How far a value falls short of the threshold; zero or less when it meets it. */
    BigDecimal shortfall(BigDecimal value, BigDecimal threshold) {
        return this == AT_LEAST ? threshold.subtract(value) : value.subtract(threshold);
    }
}
