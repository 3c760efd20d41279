package io.juesuan.evaluation.scoring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each rule type at its edges. */
class ScoringRulesTest {

    private static final BigDecimal SIX = new BigDecimal("6");

    private static Measures actual(String value) {
        return Measures.of(Map.of(Measures.ACTUAL, new BigDecimal(value)));
    }

    private static BigDecimal score(ScoringRule rule, String actual) {
        return rule.score(actual(actual), SIX).orElseThrow();
    }

    @Test
    void tiersTakeTheFirstBandMetAndOtherwiseTheFloor() {
        TiersRule clients = new TiersRule(null, null, List.of(new TiersRule.Tier(new BigDecimal("350"), SIX),
                new TiersRule.Tier(new BigDecimal("250"), new BigDecimal("4"))), null);
        assertThat(score(clients, "350")).isEqualByComparingTo("6");
        assertThat(score(clients, "349.99")).isEqualByComparingTo("4");
        assertThat(score(clients, "100")).isEqualByComparingTo("0");
        TiersRule delay = new TiersRule(null, Direction.AT_MOST, List.of(new TiersRule.Tier(BigDecimal.ZERO, SIX),
                new TiersRule.Tier(BigDecimal.ONE, new BigDecimal("5"))), null);
        assertThat(score(delay, "0")).isEqualByComparingTo("6");
        assertThat(score(delay, "1")).isEqualByComparingTo("5");
        assertThat(score(delay, "3")).isEqualByComparingTo("0");
    }

    @Test
    void allOrNothingGivesTheFullPointsAtTheTarget() {
        AllOrNothingRule rule = new AllOrNothingRule(null, null, BigDecimal.ONE);
        assertThat(score(rule, "1")).isEqualByComparingTo("6");
        assertThat(score(rule, "0.99")).isEqualByComparingTo("0");
    }

    @Test
    void aPartialStepCountsOrNotAsTheRuleSaysAndTheScoreStopsAtZero() {
        DeductionRule counts = new DeductionRule(null, null, new BigDecimal("95"), BigDecimal.TEN,
                new BigDecimal("0.5"), DeductionRule.PartialStep.COUNTS);
        DeductionRule ignored = new DeductionRule(null, null, new BigDecimal("95"), BigDecimal.TEN,
                new BigDecimal("0.5"), DeductionRule.PartialStep.IGNORED);
        assertThat(score(counts, "95")).isEqualByComparingTo("6");
        assertThat(score(counts, "100")).isEqualByComparingTo("6");
        assertThat(score(counts, "85")).as("one whole step short").isEqualByComparingTo("5.5");
        assertThat(score(counts, "84.99")).isEqualByComparingTo("5");
        assertThat(score(counts, "80")).as("a step and a half: two").isEqualByComparingTo("5");
        assertThat(score(ignored, "80")).isEqualByComparingTo("5.5");
        assertThat(score(counts, "-500")).isEqualByComparingTo("0");
    }

    @Test
    void aRatioOfAMissingOrZeroDenominatorCannotBeScored() {
        RatioRule rule = new RatioRule("spent", "arrived", new AllOrNothingRule(RatioRule.RATIO, null,
                new BigDecimal("80")));
        assertThat(rule.score(Measures.of(Map.of("spent", BigDecimal.ONE, "arrived", BigDecimal.ZERO)), SIX))
                .isEmpty();
        assertThat(rule.score(Measures.of(Map.of("spent", BigDecimal.ONE)), SIX)).isEmpty();
        assertThat(rule.score(Measures.of(Map.of("spent", new BigDecimal("9"), "arrived", BigDecimal.TEN)), SIX))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6"));
    }

    @Test
    void aSumNeedsEveryPartAndAJudgementIsNeverComputed() {
        SumRule sum = new SumRule(List.of(new SumRule.Part(new BigDecimal("3"), new AllOrNothingRule(null, null,
                BigDecimal.ONE)), new SumRule.Part(new BigDecimal("2"), new ManualRule(BigDecimal.ZERO, SIX))));
        assertThat(sum.score(actual("1"), new BigDecimal("5"))).isEqualTo(Optional.empty());
        ManualRule judgement = new ManualRule(new BigDecimal("11"), new BigDecimal("15"));
        assertThat(judgement.score(actual("1"), SIX)).isEmpty();
        assertThat(judgement.allows(new BigDecimal("13"))).isTrue();
        assertThat(judgement.allows(new BigDecimal("10"))).isFalse();
    }

    @Test
    void aRuleTypeThePlatformDoesNotKnowIsRefused() {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        assertThatThrownBy(() -> json.readValue("{\"type\": \"LOTTERY\"}", ScoringRule.class))
                .isInstanceOf(InvalidTypeIdException.class);
    }
}
