package io.juesuan.evaluation.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Points by bands of the measure, the first band met wins: "≥350台得满分，≥250台得4分，≥150台得2分，其余不得分".
 *
 * @param measure   the figure compared, {@code actual} by default
 * @param direction ≥ or ≤
 * @param tiers     best band first
 * @param otherwise points when no band is met, 0 by default
 */
public record TiersRule(String measure, Direction direction, @NotEmpty List<@NotNull @Valid Tier> tiers,
                        @PositiveOrZero BigDecimal otherwise) implements ScoringRule {

    /** One band: a measure meeting {@code threshold} earns {@code points}. */
    public record Tier(@NotNull BigDecimal threshold, @NotNull @PositiveOrZero BigDecimal points) {
    }

    @Override
    public Optional<BigDecimal> score(Measures measures, BigDecimal points) {
        Direction side = direction == null ? Direction.AT_LEAST : direction;
        return measures.get(measure == null ? Measures.ACTUAL : measure).map(value -> tiers.stream()
                .filter(tier -> side.meets(value, tier.threshold())).findFirst().map(Tier::points)
                .orElse(otherwise == null ? BigDecimal.ZERO : otherwise));
    }
}
