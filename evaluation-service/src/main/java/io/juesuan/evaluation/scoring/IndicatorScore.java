package io.juesuan.evaluation.scoring;

import java.math.BigDecimal;

/**
 * One 三级 indicator scored.
 *
 * @param computed the score its rule gives; null when the rule is a judgement or a figure is missing
 * @param score    the score that counts: the computed one, else the self-score
 */
public record IndicatorScore(String level1, String level2, String name, BigDecimal maximum, BigDecimal selfScore,
                             BigDecimal computed, BigDecimal score) {
}
