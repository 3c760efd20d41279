package io.juesuan.evaluation.scoring;

import java.math.BigDecimal;

/**
 * The total of a 一级 or 二级 group of indicators, as the report restates it: "产出数量得22分（共26分）".
 *
 * @param level2    null for a 一级 group
 * @param maximum   the sum of the indicators' maxima
 * @param score     the sum of the scores that count; null when one of them is unknown
 * @param selfScore the sum of the self-scores; null when one is not given
 */
public record GroupScore(String level1, String level2, BigDecimal maximum, BigDecimal score, BigDecimal selfScore) {
}
