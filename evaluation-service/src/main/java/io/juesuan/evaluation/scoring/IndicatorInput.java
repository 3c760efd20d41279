package io.juesuan.evaluation.scoring;

import java.math.BigDecimal;

/**
 * One 三级 indicator as the engine needs it.
 *
 * @param level1    一级指标, e.g. 产出指标
 * @param level2    二级指标, e.g. 数量指标
 * @param name      三级指标
 * @param maximum   指标分值
 * @param selfScore 自评得分, or null when not given
 * @param rule      评分标准 as data
 * @param measures  the figures the rule reads
 */
public record IndicatorInput(String level1, String level2, String name, BigDecimal maximum, BigDecimal selfScore,
                             ScoringRule rule, Measures measures) {
}
