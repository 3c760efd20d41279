package io.juesuan.procurement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.OptionalFields;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: from the seed's procurement summary, drop any subset of its optional figures and set some others to
 * zero. Every save answers 201; every number of the sentence is a stated figure, the year, or the share of a stated
 * figure in a stated total above zero; a dropped figure has no clause and is served as null, with its ratio.
 */
@QuarkusTest
class AbsentFiguresPropertyTest {

    static final int CASES = 150;
    private static final String URL = "/api/v1/procurement/{dept}/{year}";
    private static final List<String> FIGURES = List.of("goods", "works", "services", "sme", "smallMicro");
    /** The clause each figure has in the sentence. */
    private static final Map<String, String> CLAUSES = Map.of("goods", "政府采购货物支出", "works", "政府采购工程支出",
            "services", "政府采购服务支出", "sme", "授予中小企业合同金额", "smallMicro", "授予小微企业合同金额");

    @Test
    void absentFiguresAreNeverStatedAndNeverServedAsZero() {
        long seed = Long.getLong("juesuan.property.seed", System.nanoTime());
        Random random = new Random(seed);
        ObjectNode document = OptionalFields.parse(DemoData.read("procurement.json"));
        List<String> optional = FIGURES.stream().map(f -> "/declaredSummary/" + f).toList();
        List<String> zeroable = new java.util.ArrayList<>(optional);
        zeroable.add("/declaredSummary/total");
        Set<String> droppedEver = new HashSet<>();
        for (int n = 0; n < CASES; n++) {
            OptionalFields.Case drawn = OptionalFields.draw(document, optional, zeroable, random);
            if (random.nextBoolean()) {
                drawn.document().put("transcribedFrom", "测试局2020年度部门决算公开");
            }
            droppedEver.addAll(drawn.dropped());
            check(drawn, "seed " + seed + ", case " + n + ", " + drawn.body());
        }
        assertThat(droppedEver).containsAll(optional);
    }

    @Test
    void theOpenApiSchemaSaysAbsentIsNotZero() {
        OptionalFields.assertDocumentedAsOptional("SummaryFigures", "sme");
    }

    private static void check(OptionalFields.Case drawn, String context) {
        JsonNode saved = OptionalFields.putToNewDepartment(URL, drawn);
        assertThat(saved.path("sentence").isTextual()).as(context + " → " + saved).isTrue();
        String sentence = saved.path("sentence").asText();
        JsonNode stated = drawn.document().path("declaredSummary");
        JsonNode served = saved.path("declaredSummary");

        for (String figure : FIGURES) {
            if (!stated.has(figure)) {
                assertThat(sentence).as(context).doesNotContain(CLAUSES.get(figure));
                assertThat(served.path(figure).isNull() || served.path(figure).isMissingNode())
                        .as(context + ": " + figure + " served").isTrue();
                assertThat(served.path(figure + "Ratio").isMissingNode() || served.path(figure + "Ratio").isNull())
                        .as(context + ": the ratio of an absent " + figure).isTrue();
            } else {
                assertThat(served.path(figure).decimalValue()).as(context)
                        .isEqualByComparingTo(stated.path(figure).decimalValue());
            }
        }
        assertThat(saved.path("findings").findValuesAsText("rule").contains("PROC-SME-MISSING"))
                .as(context + ": the missing SME amount is a finding").isEqualTo(!stated.has("sme"));

        Set<BigDecimal> known = new HashSet<>(List.of(BigDecimal.valueOf(2020)));
        stated.forEach(value -> known.add(value.decimalValue()));
        BigDecimal total = stated.path("total").decimalValue();
        if (total.signum() > 0) {
            stated.forEach(value -> known.add(value.decimalValue().multiply(BigDecimal.valueOf(100))
                    .divide(total, 2, RoundingMode.HALF_UP)));
        }
        for (BigDecimal number : OptionalFields.numbersIn(sentence)) {
            assertThat(known.stream().anyMatch(k -> k.compareTo(number) == 0))
                    .as(context + ": " + number + " in " + sentence + " is not stated nor a share of stated figures")
                    .isTrue();
        }
    }
}
