package io.juesuan.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's indicator table scored: every indicator, the totals per 二级 and 一级, the total out of the sum of
 * maxima, and the grade of that total.
 */
public record ScoreSheet(List<IndicatorScore> indicators, List<GroupScore> level2, List<GroupScore> level1,
                         BigDecimal maximum, BigDecimal total, BigDecimal selfTotal, String grade) {
}
