package io.juesuan.evaluation.scoring;

import io.juesuan.evaluation.grading.GradeScale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Scores an indicator table: each indicator by its rule, then the groups, the total and the grade. */
public final class Scorer {

    private Scorer() {
    }

    public static ScoreSheet score(List<IndicatorInput> inputs, GradeScale grades) {
        List<IndicatorScore> scores = new ArrayList<>();
        for (IndicatorInput input : inputs) {
            BigDecimal computed = input.rule().score(input.measures(), input.maximum()).orElse(null);
            BigDecimal counts = computed != null ? computed : input.selfScore();
            scores.add(new IndicatorScore(input.level1(), input.level2(), input.name(), input.maximum(),
                    input.selfScore(), computed, counts));
        }
        List<GroupScore> level2 = groups(scores, s -> s.level1() + "\u0000" + s.level2(), true);
        List<GroupScore> level1 = groups(scores, IndicatorScore::level1, false);
        BigDecimal maximum = sum(scores, IndicatorScore::maximum);
        BigDecimal total = sum(scores, IndicatorScore::score);
        BigDecimal selfTotal = sum(scores, IndicatorScore::selfScore);
        return new ScoreSheet(scores, level2, level1, maximum, total, selfTotal,
                total == null ? null : grades.gradeOf(total));
    }

    private static List<GroupScore> groups(List<IndicatorScore> scores, Function<IndicatorScore, String> key,
                                           boolean withLevel2) {
        Map<String, List<IndicatorScore>> byGroup = new LinkedHashMap<>();
        scores.forEach(score -> byGroup.computeIfAbsent(key.apply(score), k -> new ArrayList<>()).add(score));
        List<GroupScore> groups = new ArrayList<>();
        byGroup.values().forEach(members -> groups.add(new GroupScore(members.get(0).level1(),
                withLevel2 ? members.get(0).level2() : null, sum(members, IndicatorScore::maximum),
                sum(members, IndicatorScore::score), sum(members, IndicatorScore::selfScore))));
        return groups;
    }

    /**
     * The sum of the figures, or null when any is absent (a score neither given nor computable): the sum of some
     * scores is not the group's score, and the platform does not state it as one.
     */
    private static BigDecimal sum(List<IndicatorScore> scores, Function<IndicatorScore, BigDecimal> figure) {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorScore score : scores) {
            BigDecimal value = figure.apply(score);
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }
}
