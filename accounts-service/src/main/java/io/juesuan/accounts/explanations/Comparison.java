package io.juesuan.accounts.explanations;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure set against a base (last year's, or the budget): the change, and the percent of the base rounded
 * half-up to two decimals, undefined when the base is zero (DESIGN §3).
 */
public final class Comparison {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Comparison() {
    }

    public static BigDecimal change(BigDecimal amount, BigDecimal base) {
        return amount.subtract(base);
    }

    /** 完成年初预算的 %: amount / budget in %, two decimals half-up; null when the budget is zero. */
    public static BigDecimal completion(BigDecimal amount, BigDecimal budget) {
        if (budget.signum() == 0) {
            return null;
        }
        return amount.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    }

    /** null when the base is zero: a change from nothing has no percentage. */
    public static BigDecimal percent(BigDecimal amount, BigDecimal base) {
        if (base.signum() == 0) {
            return null;
        }
        return change(amount, base).multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
    }
}
