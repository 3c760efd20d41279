package io.juesuan.evaluation.grading;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A self-evaluation template: its grade bands and the weight of each 一级 indicator, which the maxima of its 三级
 * indicators must add up to. Templates are data ({@code templates/{id}.tsv}): provinces differ.
 *
 * @param id      e.g. {@code national-2020}
 * @param grades  the grade bands
 * @param weights 一级 name → weight, in printed order
 */
public record EvaluationTemplate(String id, GradeScale grades, Map<String, BigDecimal> weights) {
}
