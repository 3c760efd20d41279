package io.juesuan.evaluation.scoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A judgement within a range (酌情评分): "得11-15分；得7-10分；得0-6分". Nothing to compute; the self-score stands,
 * and must lie within the range.
 *
 * @param min the lowest score the judgement may give
 * @param max the highest
 */
public record ManualRule(@NotNull @PositiveOrZero BigDecimal min, @NotNull @PositiveOrZero BigDecimal max)
        implements ScoringRule {

    @Override
    public Optional<BigDecimal> score(Measures measures, BigDecimal points) {
        return Optional.empty();
    }

    public boolean allows(BigDecimal score) {
        return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
    }
}
