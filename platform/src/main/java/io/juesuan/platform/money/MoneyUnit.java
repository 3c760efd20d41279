package io.juesuan.platform.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.juesuan.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The unit a document states its amounts in. Amounts are stored exactly in yuan; the public tables show 万元
 * with two decimals, rounded half-up (四舍五入).
 */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    TEN_THOUSAND_YUAN("万元", BigDecimal.valueOf(10_000));

    /** Yuan are kept to the fen. */
    public static final int YUAN_SCALE = 2;
    /** NUMERIC(18,2): 16 digits before the point. */
    public static final int MAX_YUAN_DIGITS = 16;
    /** The tables' display scale in 万元. */
    public static final int DISPLAY_SCALE = 2;
    /** 1 万元 = 10^4 元. */
    private static final int WAN_DIGITS = 4;

    private final String label;
    private final BigDecimal yuanPerUnit;

    MoneyUnit(String label, BigDecimal yuanPerUnit) {
        this.label = label;
        this.yuanPerUnit = yuanPerUnit;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static MoneyUnit ofLabel(String label) {
        return Arrays.stream(values()).filter(u -> u.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unit must be 元 or 万元"));
    }

    /**
     * The exact yuan amount of a figure a document states, or invalid input naming its field: an amount finer than
     * one fen, or larger than the ledger's NUMERIC(18,2) holds ({@link #MAX_YUAN_DIGITS} digits of yuan). The size
     * is judged before any arithmetic, so {@code 1e400000000} costs nothing to refuse.
     */
    public BigDecimal yuanOf(BigDecimal amount, String field) {
        // digits before the point of the amount in yuan: this unit adds its own zeros
        long integerDigits = (long) amount.precision() - amount.scale() + yuanPerUnit.precision() - 1;
        if (amount.signum() != 0 && integerDigits > MAX_YUAN_DIGITS) {
            throw ProblemException.invalidField(field, "金额超出范围（最多" + MAX_YUAN_DIGITS + "位整数元）/ an amount "
                    + "has at most " + MAX_YUAN_DIGITS + " digits of yuan");
        }
        if (!isExactToFen(amount)) {
            throw ProblemException.invalidField(field, "金额精度不能超过分 / an amount cannot be finer than one fen");
        }
        return toYuan(amount);
    }

    /** The exact yuan amount; {@link ArithmeticException} when it is finer than one fen. */
    public BigDecimal toYuan(BigDecimal amount) {
        return amount.multiply(yuanPerUnit).setScale(YUAN_SCALE, RoundingMode.UNNECESSARY);
    }

    /** True when the amount in this unit is a whole number of fen. */
    private boolean isExactToFen(BigDecimal amount) {
        return amount.multiply(yuanPerUnit).stripTrailingZeros().scale() <= YUAN_SCALE;
    }

    /**
     * Yuan shown in 万元 with two decimals, half-up, as the public tables print them. Moving the decimal point is the
     * exact division by 10,000 without its cost: an exact {@code divide} works out its quotient's scale with
     * BigInteger arithmetic, 3 % of accounts-service's CPU during a load.
     */
    public static BigDecimal toDisplay(BigDecimal yuan) {
        return yuan.movePointLeft(WAN_DIGITS).setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }
}
