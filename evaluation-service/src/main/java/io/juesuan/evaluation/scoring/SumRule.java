package io.juesuan.evaluation.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An indicator scored by several sub-rules whose points add up, such as the seed's 成本 indicator: 资金到位率 for
 * 3 points plus 资金支出率 for 2.
 *
 * @param parts the sub-rules with the points each awards
 */
public record SumRule(@NotEmpty List<@NotNull @Valid Part> parts) implements ScoringRule {

    /** One sub-rule and its share of the indicator's points. */
    public record Part(@NotNull @PositiveOrZero BigDecimal points, @NotNull @Valid ScoringRule rule) {
    }

    @Override
    public Optional<BigDecimal> score(Measures measures, BigDecimal points) {
        BigDecimal total = BigDecimal.ZERO;
        for (Part part : parts) {
            Optional<BigDecimal> score = part.rule().score(measures, part.points());
            if (score.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(score.get());
        }
        return Optional.of(total);
    }

    /** The points of the parts, which should add up to the indicator's maximum. */
    public BigDecimal points() {
        return parts.stream().map(Part::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
