package io.juesuan.evaluation.scoring;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.evaluation.grading.GradeScale;
import io.juesuan.platform.testing.DemoData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's 专项资金绩效自评表 (招商和政务网安全维护等专项) scored by the engine from its 评分标准 as data: every
 * computable indicator comes out at the self-score the department gave, the groups at the figures its report
 * restates, the total at 92, 优.
 */
class SeedScoreSheetTest {

    /** The printed texts of the demo's indicators are not the engine's concern. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The seed's indicators as the demo document transcribes them. */
    static List<IndicatorInput> seedIndicators() throws IOException {
        JsonNode indicators = JSON.readTree(DemoData.read("evaluation.json")).at("/projects/0/indicators");
        return JSON.convertValue(indicators, new TypeReference<>() { });
    }

    private static ScoreSheet seedSheet() throws IOException {
        return Scorer.score(seedIndicators(), GradeScale.load("grading/national-2020.tsv"));
    }

    private static String group(GroupScore group) {
        return (group.level2() == null ? group.level1() : group.level2()) + " " + group.score().stripTrailingZeros()
                .toPlainString() + "/" + group.maximum().stripTrailingZeros().toPlainString();
    }

    @Test
    void everyComputableIndicatorComesOutAtTheDepartmentsSelfScore() throws IOException {
        ScoreSheet sheet = seedSheet();
        assertThat(sheet.indicators()).hasSize(12);
        assertThat(sheet.indicators()).filteredOn(s -> s.computed() != null).hasSize(11)
                .allSatisfy(s -> assertThat(s.computed()).as(s.name()).isEqualByComparingTo(s.selfScore()));
        IndicatorScore judged = sheet.indicators().get(9);
        assertThat(judged.computed()).as("a judgement is not computed").isNull();
        assertThat(judged.score()).isEqualByComparingTo("13");
    }

    @Test
    void theGroupsAddUpAsTheReportRestatesThem() throws IOException {
        ScoreSheet sheet = seedSheet();
        assertThat(sheet.level2()).extracting(SeedScoreSheetTest::group).containsExactly("数量指标 22/26",
                "质量指标 12/13", "时效指标 6/6", "成本指标 4/5", "经济效益指标 15/15", "社会效益指标 23/25",
                "服务对象满意度指标 10/10");
        assertThat(sheet.level1()).extracting(SeedScoreSheetTest::group).containsExactly("产出指标 44/50",
                "效益指标 38/40", "满意度指标 10/10");
        assertThat(sheet.total()).isEqualByComparingTo("92");
        assertThat(sheet.maximum()).isEqualByComparingTo("100");
        assertThat(sheet.grade()).isEqualTo("优");
    }

    @Test
    void theCostIndicatorAddsAnArrivalRateAndASpendingRateRule() throws IOException {
        IndicatorInput cost = seedIndicators().get(7);
        SumRule sum = (SumRule) cost.rule();
        RatioRule arrival = (RatioRule) sum.parts().get(0).rule();
        RatioRule spending = (RatioRule) sum.parts().get(1).rule();
        assertThat(arrival.ratio(cost.measures())).contains(new BigDecimal("100.00"));
        assertThat(spending.ratio(cost.measures())).contains(new BigDecimal("28.27"));
        assertThat(sum.parts().get(0).rule().score(cost.measures(), new BigDecimal("3")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        // 80 − 28.27 = 51.73 points short: two whole steps of 20 (the partial third does not count), 2 − 1.0
        assertThat(sum.parts().get(1).rule().score(cost.measures(), new BigDecimal("2")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(sum.points()).isEqualByComparingTo(cost.maximum());
    }
}
