package io.juesuan.evaluation.report;

import io.juesuan.evaluation.scoring.GroupScore;
import io.juesuan.evaluation.scoring.ScoreSheet;
import io.juesuan.platform.findings.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's per-二级 score lines, "1.产出数量得22分（共26分）", written from the scored table (a group with an
 * unknown score has no line: it is never restated as a partial sum), and the checks of
 * the lines a legacy report states: a score or maximum that differs from the table, or a score above its maximum,
 * is an error.
 */
public final class ScoreLines {

    private ScoreLines() {
    }

    public static List<String> write(ScoreSheet sheet) {
        List<String> lines = new ArrayList<>();
        int n = 1;
        for (GroupScore group : sheet.level2().stream().filter(group -> group.score() != null).toList()) {
            lines.add(n++ + "." + label(group) + "得" + plain(group.score()) + "分（共" + plain(group.maximum()) + "分）");
        }
        return lines;
    }

    /** 产出 + 数量指标 → 产出数量; 经济效益指标 → 经济效益; 服务对象满意度指标 → 服务对象满意度. */
    static String label(GroupScore group) {
        String stem = group.level2().replaceAll("\\s", "").replaceAll("指标$", "");
        String family = group.level1().replaceAll("\\s", "").replaceAll("指标$", "");
        return stem.contains(family) ? stem : family + stem;
    }

    public static List<Finding> check(String project, ScoreSheet sheet, List<StatedGroupScore> stated) {
        List<Finding> findings = new ArrayList<>();
        for (StatedGroupScore line : stated) {
            String printed = (line.label() == null ? line.level2() : line.label()) + "得" + plain(line.score())
                    + "分（共" + plain(line.maximum()) + "分）";
            Finding.Location location = new Finding.Location("evaluation", project + " / " + line.level2(), "report");
            if (line.score() != null && line.maximum() != null && line.score().compareTo(line.maximum()) > 0) {
                findings.add(new Finding("EVAL-REPORT-ABOVE-MAXIMUM", Finding.Severity.ERROR, "“" + project
                        + "”绩效评价报告称“" + printed + "”：得分超过满分 / the report states a score above its maximum",
                        location));
            }
            Optional<GroupScore> group = sheet.level2().stream()
                    .filter(g -> g.level2().replaceAll("\\s", "").equals(line.level2().replaceAll("\\s", "")))
                    .findFirst();
            if (group.isEmpty()) {
                findings.add(new Finding("EVAL-REPORT-SCORE", Finding.Severity.ERROR, "“" + project + "”绩效评价报告称“"
                        + printed + "”，自评表没有二级指标" + line.level2() + " / the report restates a group the table "
                        + "does not have", location));
                continue;
            }
            compare(findings, project, printed, "得分", line.score(), group.get().score(), location, "EVAL-REPORT-SCORE");
            compare(findings, project, printed, "满分", line.maximum(), group.get().maximum(), location,
                    "EVAL-REPORT-MAXIMUM");
        }
        return findings;
    }

    private static void compare(List<Finding> findings, String project, String printed, String what,
                                BigDecimal stated, BigDecimal table, Finding.Location location, String rule) {
        if (stated != null && table != null && stated.compareTo(table) != 0) {
            findings.add(new Finding(rule, Finding.Severity.ERROR, "“" + project + "”绩效评价报告称“" + printed
                    + "”，自评表" + what + "为 " + plain(table) + " 分 / the report's figure differs from the table",
                    location));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}
