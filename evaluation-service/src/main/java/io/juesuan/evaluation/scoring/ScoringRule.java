package io.juesuan.evaluation.scoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a 三级 indicator's score follows from its figures (评分标准), as data. A rule type the platform does not know
 * is bad input.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TiersRule.class, name = "TIERS"),
    @JsonSubTypes.Type(value = AllOrNothingRule.class, name = "ALL_OR_NOTHING"),
    @JsonSubTypes.Type(value = DeductionRule.class, name = "DEDUCTION"),
    @JsonSubTypes.Type(value = RatioRule.class, name = "RATIO"),
    @JsonSubTypes.Type(value = SumRule.class, name = "SUM"),
    @JsonSubTypes.Type(value = ManualRule.class, name = "MANUAL")
})
public sealed interface ScoringRule permits TiersRule, AllOrNothingRule, DeductionRule, RatioRule, SumRule, ManualRule {

    /**
     * The score the rule gives, or empty when it cannot be computed (a judgement, or a figure missing).
     *
     * @param points the full marks this rule awards (the indicator's maximum, or a part's share of it)
     */
    Optional<BigDecimal> score(Measures measures, BigDecimal points);

    /** Scores never go below zero. */
    static BigDecimal atLeastZero(BigDecimal score) {
        return score.signum() < 0 ? BigDecimal.ZERO : score;
    }
}
