package io.juesuan.evaluation.scoring;

import io.juesuan.evaluation.grading.EvaluationTemplates;
import io.juesuan.evaluation.grading.GradeScale;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Grade bands and weights are configuration: the same table graded under other labels, templates as data. */
class GradeScalesTest {

    @Test
    void theNationalBandsIncludeTheirLowerBounds() {
        GradeScale national = GradeScale.load("grading/national-2020.tsv");
        assertThat(national.gradeOf(new BigDecimal("90"))).isEqualTo("优");
        assertThat(national.gradeOf(new BigDecimal("89.99"))).isEqualTo("良");
        assertThat(national.gradeOf(new BigDecimal("80"))).isEqualTo("良");
        assertThat(national.gradeOf(new BigDecimal("60"))).isEqualTo("中");
        assertThat(national.gradeOf(new BigDecimal("59.5"))).isEqualTo("差");
        assertThat(GradeScale.sameGrade("优秀", "优")).isTrue();
        assertThat(GradeScale.sameGrade("良好", "优")).isFalse();
    }

    @Test
    void theSeedsTableGradedPassFail() throws IOException {
        ScoreSheet sheet = Scorer.score(SeedScoreSheetTest.seedIndicators(), GradeScale.load("grading/pass-fail.tsv"));
        assertThat(sheet.grade()).isEqualTo("合格");
        assertThat(GradeScale.load("grading/pass-fail.tsv").gradeOf(new BigDecimal("59.99"))).isEqualTo("不合格");
    }

    @Test
    void templatesCarryTheirOwnWeights() {
        assertThat(EvaluationTemplates.get("national-2020").orElseThrow().weights()).containsEntry("效益指标",
                new BigDecimal("30")).containsEntry("预算执行率", new BigDecimal("10"));
        assertThat(EvaluationTemplates.get("special-fund-2020").orElseThrow().weights()).containsEntry("效益指标",
                new BigDecimal("40")).doesNotContainKey("预算执行率");
        assertThat(EvaluationTemplates.get("../etc/passwd")).isEmpty();
    }
}
