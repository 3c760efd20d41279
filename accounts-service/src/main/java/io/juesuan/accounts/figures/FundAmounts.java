package io.juesuan.accounts.figures;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One balance figure split by fund, as 04 (the three appropriation funds) and 01 (all four) need it.
 *
 * @param generalBudget  一般公共预算财政拨款
 * @param governmentFund 政府性基金预算财政拨款
 * @param stateCapital   国有资本经营预算财政拨款
 * @param nonFiscal      非财政拨款
 */
@Embeddable
public record FundAmounts(@PositiveOrZero BigDecimal generalBudget, @PositiveOrZero BigDecimal governmentFund,
                          @PositiveOrZero BigDecimal stateCapital, @PositiveOrZero BigDecimal nonFiscal) {

    public BigDecimal of(Fund fund) {
        return switch (fund) {
            case GENERAL_BUDGET -> generalBudget;
            case GOVERNMENT_FUND -> governmentFund;
            case STATE_CAPITAL -> stateCapital;
            case NON_FISCAL -> nonFiscal;
        };
    }

    /** The figures of all four funds, empty ones included as null. */
    public List<BigDecimal> all() {
        return Arrays.asList(generalBudget, governmentFund, stateCapital, nonFiscal);
    }

    public FundAmounts map(UnaryOperator<BigDecimal> convert) {
        return new FundAmounts(apply(convert, generalBudget), apply(convert, governmentFund),
                apply(convert, stateCapital), apply(convert, nonFiscal));
    }

    private static BigDecimal apply(UnaryOperator<BigDecimal> convert, BigDecimal value) {
        return value == null ? null : convert.apply(value);
    }
}
