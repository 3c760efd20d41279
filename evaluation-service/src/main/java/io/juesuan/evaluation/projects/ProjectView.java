package io.juesuan.evaluation.projects;

import java.math.BigDecimal;

/**
 * A project's self-evaluation as read back and published.
 *
 * @param funds         财政资金, 万元
 * @param grade         computed from the total score with the configured bands
 * @param declaredGrade the grade the document printed, if any
 */
public record ProjectView(String name, String functionCode, BigDecimal funds, BigDecimal totalScore, String grade,
                          String declaredGrade) {
}
