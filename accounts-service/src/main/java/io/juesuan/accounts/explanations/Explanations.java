package io.juesuan.accounts.explanations;

import java.util.List;

/**
 * The explanations of a department-year: the figures as structured lines and as the Chinese sentences of
 * 第三部分, both generated from the same lines.
 *
 * @param priorYearSource where last year's figures come from: RECORD, DOCUMENT, or null when there are none
 * @param lines           every figure with its base, change, percent and reason
 * @param sections        the text
 */
public record Explanations(PriorYear.Source priorYearSource, List<ExplanationLine> lines,
                           List<ExplanationSection> sections) {
}
