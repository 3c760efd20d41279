package io.juesuan.evaluation.scoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Full marks at the target, then a deduction per step short of it, never below zero: "可控覆盖率达到95%得6分；每低10个
 * 百分点扣0.5分，扣完为止". Whether a partial step counts differs from rule to rule, so it is set per rule.
 *
 * @param measure     the figure compared, {@code actual} by default
 * @param direction   ≥ or ≤
 * @param target      where full marks start
 * @param step        the size of one step, e.g. 10 percentage points
 * @param deduction   the points one step costs
 * @param partialStep whether a started step costs as a whole one
 */
public record DeductionRule(String measure, Direction direction, @NotNull BigDecimal target,
                            @NotNull @Positive BigDecimal step, @NotNull @Positive BigDecimal deduction,
                            @NotNull PartialStep partialStep) implements ScoringRule {

    /** How a step short only in part counts. */
    public enum PartialStep {
        /** 15 points short with steps of 10 is two steps. */
        COUNTS,
        /** 15 points short with steps of 10 is one step. */
        IGNORED
    }

    @Override
    public Optional<BigDecimal> score(Measures measures, BigDecimal points) {
        Direction side = direction == null ? Direction.AT_LEAST : direction;
        return measures.get(measure == null ? Measures.ACTUAL : measure).map(value -> {
            BigDecimal shortfall = side.shortfall(value, target);
            if (shortfall.signum() <= 0) {
                return points;
            }
            BigDecimal steps = shortfall.divide(step, 0,
                    partialStep == PartialStep.COUNTS ? RoundingMode.CEILING : RoundingMode.FLOOR);
            return ScoringRule.atLeastZero(points.subtract(steps.multiply(deduction)));
        });
    }
}
