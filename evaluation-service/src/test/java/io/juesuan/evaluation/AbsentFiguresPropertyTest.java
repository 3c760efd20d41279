package io.juesuan.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.platform.testing.DemoData;
import io.juesuan.platform.testing.OptionalFields;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: from the seed's evaluation, drop any subset of its optional figures (funds, self-scores, measures,
 * grades, the report, the fund table) and set some others to zero. Every save answers 201; each score line restates
 * a group whose every score is known, with exactly the sum of those scores; a group, total or grade with an unknown
 * score is not stated, and each unknown score is a finding; funds not stated are never summed into a total.
 */
@QuarkusTest
class AbsentFiguresPropertyTest {

    static final int CASES = 80;
    private static final String URL = "/api/v1/evaluations/{dept}/{year}";
    private static final Pattern SCORE_LINE = Pattern.compile("^(\\d+)\\.(.+)得([\\d.]+)分（共([\\d.]+)分）$");

    @Test
    void absentFiguresAreNeverStatedAndNeverServedAsZero() {
        long seed = Long.getLong("juesuan.property.seed", System.nanoTime());
        Random random = new Random(seed);
        ObjectNode document = OptionalFields.parse(DemoData.read("evaluation.json"));
        List<String> optional = new ArrayList<>();
        List<String> figures = new ArrayList<>(List.of("/projects/0/funds"));
        for (int i = 0; i < document.at("/projects/0/indicators").size(); i++) {
            optional.add("/projects/0/indicators/" + i + "/selfScore");
            optional.add("/projects/0/indicators/" + i + "/measures");
            figures.add("/projects/0/indicators/" + i + "/selfScore");
        }
        optional.addAll(List.of("/projects/0/funds", "/projects/0/departmentGrade", "/projects/0/declaredGrade",
                "/projects/0/report", "/projects/0/fundTable", "/transcribedFrom"));
        Set<String> droppedEver = new HashSet<>();
        int withUnknownScores = 0;
        for (int n = 0; n < CASES; n++) {
            OptionalFields.Case drawn = OptionalFields.draw(document, optional, figures, random);
            droppedEver.addAll(drawn.dropped());
            withUnknownScores += check(drawn, "seed " + seed + ", case " + n + ", dropped " + drawn.dropped()
                    + ", zeroed " + drawn.zeroed()) ? 1 : 0;
        }
        assertThat(droppedEver).containsAll(optional);
        assertThat(withUnknownScores).as("cases with a score neither given nor computable").isPositive();
    }

    @Test
    void theOpenApiSchemaSaysAbsentIsNotZero() {
        OptionalFields.assertDocumentedAsOptional("IndicatorDocument", "selfScore");
    }

    /** @return whether the case had an unknown score */
    private static boolean check(OptionalFields.Case drawn, String context) {
        JsonNode saved = OptionalFields.putToNewDepartment(URL, drawn);
        assertThat(saved.path("projects").size()).as(context + " → " + saved).isEqualTo(1);
        JsonNode project = saved.at("/projects/0");

        Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
        project.path("indicators").forEach(indicator -> groups.computeIfAbsent(indicator.path("level1").asText()
                + "/" + indicator.path("level2").asText(), k -> new ArrayList<>()).add(indicator));
        List<BigDecimal[]> knownGroups = new ArrayList<>();
        boolean anyUnknown = false;
        for (List<JsonNode> members : groups.values()) {
            boolean known = members.stream().allMatch(m -> m.path("score").isNumber());
            anyUnknown |= !known;
            if (known) {
                knownGroups.add(new BigDecimal[] {
                    sum(members, "score"), sum(members, "maximum")});
            }
        }
        List<String> lines = OptionalFields.texts(project.at("/report/scoreLines"));
        assertThat(lines).as(context + ": one line per group whose scores are all known").hasSize(knownGroups.size());
        for (int i = 0; i < lines.size(); i++) {
            Matcher line = SCORE_LINE.matcher(lines.get(i));
            assertThat(line.matches()).as(context + ": " + lines.get(i)).isTrue();
            assertThat(new BigDecimal(line.group(3))).as(context + ": " + lines.get(i))
                    .isEqualByComparingTo(knownGroups.get(i)[0]);
            assertThat(new BigDecimal(line.group(4))).as(context + ": " + lines.get(i))
                    .isEqualByComparingTo(knownGroups.get(i)[1]);
        }
        boolean transcript = drawn.document().has("transcribedFrom");
        if (anyUnknown) {
            assertThat(project.has("totalScore") || project.has("grade")).as(context + ": " + project).isFalse();
            assertThat(project.at("/report/grade").isNull()).as(context).isTrue();
            project.path("indicators").forEach(indicator -> {
                if (!indicator.path("score").isNumber() && !"MANUAL".equals(indicator.at("/rule/type").asText())) {
                    assertThat(findings(saved, "EVAL-SCORE-MISSING", indicator.path("name").asText()))
                            .as(context + ": the unknown score of " + indicator.path("name").asText())
                            .containsExactly(transcript ? "WARNING" : "ERROR");
                }
            });
        } else {
            BigDecimal total = knownGroups.stream().map(g -> g[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(project.path("totalScore").decimalValue()).as(context).isEqualByComparingTo(total);
        }

        String summary = String.join("\n", OptionalFields.texts(saved.at("/summary/sentences")));
        Set<BigDecimal> known = new HashSet<>(List.of(BigDecimal.valueOf(2020), BigDecimal.ZERO, BigDecimal.ONE));
        if (drawn.document().at("/projects/0/funds").isNumber()) {
            known.add(drawn.document().at("/projects/0/funds").decimalValue());
            assertThat(saved.path("fundsCovered").decimalValue()).as(context)
                    .isEqualByComparingTo(drawn.document().at("/projects/0/funds").decimalValue());
        } else {
            assertThat(summary).as(context).doesNotContain("涉及财政拨款资金");
            assertThat(saved.path("fundsCovered").isNull()).as(context).isTrue();
            assertThat(saved.at("/summary/selfEvaluatedFunds").isNull()).as(context).isTrue();
            assertThat(project.path("funds").isMissingNode()).as(context).isTrue();
        }
        for (BigDecimal number : OptionalFields.numbersIn(summary)) {
            assertThat(known.stream().anyMatch(k -> k.compareTo(number) == 0)).as(context + ": " + number + " in "
                    + summary).isTrue();
        }
        return anyUnknown;
    }

    private static BigDecimal sum(List<JsonNode> indicators, String field) {
        return indicators.stream().map(i -> i.path(field).decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> findings(JsonNode saved, String rule, String indicator) {
        List<String> severities = new ArrayList<>();
        saved.path("findings").forEach(finding -> {
            if (rule.equals(finding.path("rule").asText())
                    && finding.at("/location/row").asText().endsWith(" / " + indicator)) {
                severities.add(finding.path("severity").asText());
            }
        });
        return severities;
    }
}
