package io.juesuan.evaluation.scoring;

import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Full marks when the target is met, none otherwise: "达到1场得满分，低于绩效目标值的不得分".
 *
 * @param measure   the figure compared, {@code actual} by default
 * @param direction ≥ or ≤
 * @param target    the target value
 */
public record AllOrNothingRule(String measure, Direction direction, @NotNull BigDecimal target) implements ScoringRule {

    @Override
    public Optional<BigDecimal> score(Measures measures, BigDecimal points) {
        Direction side = direction == null ? Direction.AT_LEAST : direction;
        return measures.get(measure == null ? Measures.ACTUAL : measure)
                .map(value -> side.meets(value, target) ? points : BigDecimal.ZERO);
    }
}
