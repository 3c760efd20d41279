package io.juesuan.evaluation.performance;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The performance summary as published: its figures (amounts in 万元) and the paragraph written from them.
 *
 * @param paragraph the template's 预算绩效管理情况 paragraph
 */
public record PerformanceView(@JsonUnwrapped PerformanceManagement figures, String paragraph) {

    public static PerformanceView of(int year, PerformanceManagement summary) {
        return new PerformanceView(summary, PerformanceText.paragraph(year, summary));
    }
}
