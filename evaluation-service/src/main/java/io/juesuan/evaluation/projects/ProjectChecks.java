package io.juesuan.evaluation.projects;

import io.juesuan.evaluation.grading.EvaluationTemplate;
import io.juesuan.evaluation.grading.GradeScale;
import io.juesuan.evaluation.scoring.GroupScore;
import io.juesuan.evaluation.scoring.IndicatorScore;
import io.juesuan.evaluation.scoring.ManualRule;
import io.juesuan.evaluation.scoring.ScoreSheet;
import io.juesuan.platform.findings.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings on one project's scored table: maxima against 100 and the template's 一级 weights, self-scores against
 * the computed ones, judgements outside their range, and the printed total and grade against the scores.
 */
final class ProjectChecks {

    static final String LOCATION = "evaluation";
    /** An indicator whose score is neither given nor computable. */
    static final String SCORE_MISSING = "EVAL-SCORE-MISSING";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String project;
    private final List<Finding> findings = new ArrayList<>();

    private ProjectChecks(String project) {
        this.project = project;
    }

    static List<Finding> check(String project, List<IndicatorDocument> indicators, ScoreSheet sheet,
                               EvaluationTemplate template, BigDecimal printedTotal, String printedGrade,
                               boolean transcript) {
        ProjectChecks checks = new ProjectChecks(project);
        checks.maxima(sheet, template);
        checks.scores(indicators, sheet, Finding.Severity.ofAbsentRequiredFigure(transcript));
        checks.printed(sheet, printedTotal, printedGrade);
        return checks.findings;
    }

    private void maxima(ScoreSheet sheet, EvaluationTemplate template) {
        if (sheet.maximum().compareTo(HUNDRED) != 0) {
            add("EVAL-MAXIMA-SUM", Finding.Severity.ERROR, null, "maximum", "各指标分值合计 " + plain(sheet.maximum())
                    + " 分，应为 100 分 / the indicators' maxima add up to " + plain(sheet.maximum()) + ", not 100");
        }
        for (GroupScore group : sheet.level1()) {
            BigDecimal weight = template.weights().get(group.level1());
            if (weight == null || weight.compareTo(group.maximum()) != 0) {
                add("EVAL-WEIGHTS", Finding.Severity.ERROR, group.level1(), "maximum", group.level1() + "分值合计 "
                        + plain(group.maximum()) + " 分，模板 " + template.id() + " 规定" + (weight == null ? "无此一级指标"
                        : "为 " + plain(weight) + " 分") + " / the 一级 group's maxima differ from the template's weight");
            }
        }
        Set<String> present = sheet.level1().stream().map(GroupScore::level1).collect(Collectors.toSet());
        template.weights().keySet().stream().filter(level1 -> !present.contains(level1)).forEach(missing ->
                add("EVAL-WEIGHTS", Finding.Severity.ERROR, missing, "maximum", "模板 " + template.id() + " 的一级指标"
                        + missing + "（" + plain(template.weights().get(missing)) + " 分）未列示 / a 一级 group of the "
                        + "template is missing"));
    }

    private void scores(List<IndicatorDocument> indicators, ScoreSheet sheet, Finding.Severity missingScore) {
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorDocument given = indicators.get(i);
            IndicatorScore scored = sheet.indicators().get(i);
            if (scored.score() == null && !(given.rule() instanceof ManualRule)) {
                add(SCORE_MISSING, missingScore, given.name(), "indicators[" + i + "].selfScore", "“" + given.name()
                        + "”未填自评得分，评分标准也无从计算（缺少实际值），其所在指标组、合计与等次均不予列示 / no self-score "
                        + "and no measures to compute one: its groups, the total and the grade are not stated");
            } else if (given.rule() instanceof ManualRule judgement) {
                if (given.selfScore() == null || !judgement.allows(given.selfScore())) {
                    add("EVAL-JUDGEMENT-RANGE", Finding.Severity.ERROR, given.name(), "selfScore", "“" + given.name()
                            + "”为酌情评分，自评得分须在 " + plain(judgement.min()) + "–" + plain(judgement.max())
                            + " 分之间 / a judgement must lie within its range");
                }
            } else if (scored.computed() != null && given.selfScore() != null
                    && scored.computed().compareTo(given.selfScore()) != 0) {
                add("EVAL-SELF-SCORE-DIFFERS", Finding.Severity.WARNING, given.name(), "selfScore", "“" + given.name()
                        + "”自评 " + plain(given.selfScore()) + " 分，按评分标准计算为 " + plain(scored.computed())
                        + " 分 / the self-score differs from the one its rule gives");
            }
        }
    }

    private void printed(ScoreSheet sheet, BigDecimal printedTotal, String printedGrade) {
        if (sheet.total() == null) {
            return;
        }
        if (printedTotal != null && printedTotal.compareTo(sheet.total()) != 0) {
            add("EVAL-TOTAL-MISMATCH", Finding.Severity.ERROR, null, "totalScore", "所列合计 " + plain(printedTotal)
                    + " 分，各指标得分合计 " + plain(sheet.total()) + " 分 / the printed total differs from the scores");
        }
        if (printedGrade != null && !GradeScale.sameGrade(printedGrade, sheet.grade())) {
            add(EvaluationService.GRADE_MISMATCH, Finding.Severity.ERROR, null, "grade", "自评等次为" + printedGrade
                    + "，但总分 " + plain(sheet.total()) + " 对应" + sheet.grade() + " / the declared grade "
                    + printedGrade + " disagrees with the score's grade " + sheet.grade());
        }
    }

    private void add(String rule, Finding.Severity severity, String indicator, String column, String message) {
        findings.add(new Finding(rule, severity, "“" + project + "”：" + message, new Finding.Location(LOCATION,
                indicator == null ? project : project + " / " + indicator, column)));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
