package io.juesuan.evaluation.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Scores a ratio of two figures in percent, such as 资金到位率 = 实际到位资金 / 计划投入资金 × 100%, with another rule
 * that reads it as the measure {@code ratio}. The ratio is kept to two decimals, rounded half-up, as printed.
 *
 * @param numerator   the measure on top, e.g. {@code arrived}
 * @param denominator the measure below, e.g. {@code planned}
 * @param rule        the rule applied to the ratio
 */
public record RatioRule(@NotBlank String numerator, @NotBlank String denominator,
                        @NotNull @Valid ScoringRule rule) implements ScoringRule {

    public static final String RATIO = "ratio";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Optional<BigDecimal> score(Measures measures, BigDecimal points) {
        return ratio(measures).flatMap(ratio -> rule.score(measures.with(RATIO, ratio), points));
    }

    /** The ratio in percent; empty when a figure is missing or the denominator is zero. */
    public Optional<BigDecimal> ratio(Measures measures) {
        Optional<BigDecimal> top = measures.get(numerator);
        Optional<BigDecimal> bottom = measures.get(denominator).filter(value -> value.signum() != 0);
        if (top.isEmpty() || bottom.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(top.get().multiply(HUNDRED).divide(bottom.get(), 2, RoundingMode.HALF_UP));
    }
}
