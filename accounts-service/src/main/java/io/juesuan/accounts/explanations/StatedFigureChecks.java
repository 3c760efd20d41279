package io.juesuan.accounts.explanations;

import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every figure a legacy explanation text states, recomputed from the tables: the amount, the base, the change and
 * the percentage (rounded half-up, not truncated). One digit off (0.01) is a warning, a rounding choice; more is
 * an error, a text that contradicts the tables. A 项 of table 05 the text leaves out is a warning.
 */
final class StatedFigureChecks {

    static final String LOCATION = "EXPLANATIONS";
    private static final BigDecimal ONE_DIGIT = new BigDecimal("0.01");

    private StatedFigureChecks() {
    }

    static List<Finding> check(Map<String, ExplanationLine> lines, Map<String, StatedFigures> statedInYuan) {
        List<Finding> findings = new ArrayList<>();
        statedInYuan.forEach((key, stated) -> {
            ExplanationLine line = lines.get(key);
            if (line != null) {
                check(line, stated, findings);
            }
        });
        if (!statedInYuan.isEmpty()) {
            lines.values().stream()
                    .filter(line -> ExplanationKeys.isItem(line.key()) && !statedInYuan.containsKey(line.key()))
                    .filter(line -> line.amount().signum() != 0 || line.base() != null && line.base().signum() != 0)
                    .forEach(line -> findings.add(new Finding("ACC-EXPL-ITEM-MISSING", Finding.Severity.WARNING,
                            "说明未列示项级科目 " + line.key() + " " + line.name() + "（" + Phrases.wan(line.amount())
                                    + "）/ the explanation leaves out this item of table 05",
                            new Finding.Location(LOCATION, line.key(), null))));
        }
        return findings;
    }

    private static void check(ExplanationLine line, StatedFigures stated, List<Finding> findings) {
        checkCompletion(line, stated.completion(), findings);
        compare(line, "ACC-EXPL-AMOUNT", "amount", "金额", display(stated.amount()), line.amount(), findings);
        compare(line, "ACC-EXPL-BASE", "base",
                line.baseKind() == ExplanationLine.BaseKind.BUDGET ? "年初预算数" : "上年决算数",
                display(stated.base()), line.base(), findings);
        boolean comparesSomething = stated.change() != null || stated.percent() != null;
        if (!comparesSomething) {
            return;
        }
        if (line.baseKind() == null || line.base() == null || line.amount() == null) {
            findings.add(new Finding("ACC-EXPL-UNVERIFIABLE", Finding.Severity.WARNING, "说明所述" + line.name()
                    + "的增减变化无法复核：未提供" + (line.amount() == null ? "本年数" : line.baseKind()
                    == ExplanationLine.BaseKind.BUDGET ? "年初预算数" : "上年决算数")
                    + " / the stated change cannot be recomputed without its base and amount",
                    new Finding.Location(LOCATION, line.key(), "percent")));
            return;
        }
        compare(line, "ACC-EXPL-CHANGE", "change", "增减额", display(stated.change()), line.change(), findings);
        checkPercent(line, stated.percent(), findings);
    }

    /** 完成年初预算的 %: recomputed from the line's amount and the budget the document gives for it. */
    private static void checkCompletion(ExplanationLine line, BigDecimal stated, List<Finding> findings) {
        if (stated == null) {
            return;
        }
        if (line.completion() == null) {
            findings.add(finding("ACC-EXPL-UNVERIFIABLE", Finding.Severity.WARNING, line, "completion", "说明所述"
                    + line.name() + "完成年初预算的 " + stated.toPlainString() + "% 无从复核：未提供年初预算数或其为零"
                    + " / the stated completion cannot be recomputed without a budget above zero"));
            return;
        }
        BigDecimal gap = stated.subtract(line.completion()).abs();
        if (gap.signum() != 0) {
            findings.add(finding("ACC-EXPL-COMPLETION", severity(gap), line, "completion", "说明所述" + line.name()
                    + "完成年初预算的 " + stated.toPlainString() + "%，按" + line.amount().toPlainString() + " ÷ "
                    + line.budget().toPlainString() + " 计算应为 " + line.completion().toPlainString()
                    + "% / the stated share of the budget differs from the one recomputed"));
        }
    }

    private static void checkPercent(ExplanationLine line, BigDecimal stated, List<Finding> findings) {
        if (stated == null) {
            return;
        }
        if (line.percent() == null) {
            boolean nothingChanged = stated.signum() == 0 && line.change().signum() == 0;
            if (!nothingChanged) {
                findings.add(finding("ACC-EXPL-PERCENT", Finding.Severity.ERROR, line, "percent",
                        "说明所述" + line.name() + "增减 " + stated.toPlainString() + "%，但比较基数为零，百分比无从计算"
                                + " / a percentage is stated against a base of zero"));
            }
            return;
        }
        BigDecimal gap = stated.subtract(line.percent()).abs();
        if (gap.signum() != 0) {
            findings.add(finding("ACC-EXPL-PERCENT", severity(gap), line, "percent", "说明所述" + line.name() + "增减 "
                    + stated.toPlainString() + "%，按" + line.change().toPlainString() + " ÷ " + line.base().toPlainString()
                    + " 计算应为 " + line.percent().toPlainString() + "% / the stated percentage differs from the one "
                    + "recomputed from its inputs"));
        }
    }

    private static void compare(ExplanationLine line, String rule, String field, String label, BigDecimal stated,
                                BigDecimal generated, List<Finding> findings) {
        if (stated == null) {
            return;
        }
        if (generated == null) {
            findings.add(finding("ACC-EXPL-UNVERIFIABLE", Finding.Severity.WARNING, line, field, "说明所述" + line.name()
                    + label + " " + Phrases.wan(stated) + "无从复核 / nothing to check the stated figure against"));
            return;
        }
        BigDecimal gap = stated.subtract(generated).abs();
        if (gap.signum() != 0) {
            findings.add(finding(rule, severity(gap), line, field,
                    "说明所述" + line.name() + label + " " + Phrases.wan(stated) + "，按报表应为 " + Phrases.wan(generated)
                            + " / the explanation states " + stated.toPlainString() + ", the tables give "
                            + generated.toPlainString()));
        }
    }

    private static Finding finding(String rule, Finding.Severity severity, ExplanationLine line, String field,
                                   String message) {
        return new Finding(rule, severity, message, new Finding.Location(LOCATION, line.key(), field));
    }

    private static Finding.Severity severity(BigDecimal gap) {
        return gap.compareTo(ONE_DIGIT) <= 0 ? Finding.Severity.WARNING : Finding.Severity.ERROR;
    }

    /** Stated amounts are kept in yuan; the text printed them in 万元. */
    private static BigDecimal display(BigDecimal yuan) {
        return yuan == null ? null : MoneyUnit.toDisplay(yuan);
    }
}
