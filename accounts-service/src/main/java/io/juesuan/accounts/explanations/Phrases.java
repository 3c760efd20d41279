package io.juesuan.accounts.explanations;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The recurring phrases of the explanations, with amounts as the tables print them. */
final class Phrases {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Phrases() {
    }

    static String wan(BigDecimal amount) {
        return amount.toPlainString() + "万元";
    }

    /** 一 … 九十九, for the numbered paragraphs (一)(二)… */
    static String chineseNumber(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n >= 20 ? DIGITS[n / 10] : "") + "十" + DIGITS[n % 10];
    }

    /** ",比上年决算数增加 x 万元，增长 y%" or an empty string when last year's figure is unknown. */
    static String againstPriorYear(ExplanationLine line) {
        if (line.change() == null) {
            return "";
        }
        return line.change().signum() == 0 ? "，与上年决算数持平" : "，比上年决算数" + changeWords(line);
    }

    /** "增加…万元，增长…%" or "减少…万元，下降…%" (持平 when unchanged); the percentage only where the base was not zero. */
    static String changeWords(ExplanationLine line) {
        int sign = line.change().signum();
        if (sign == 0) {
            return "持平";
        }
        return (sign > 0 ? "增加" : "减少") + wan(line.change().abs()) + (line.percent() == null ? ""
                : "，" + (sign > 0 ? "增长" : "下降") + line.percent().abs().toPlainString() + "%");
    }

    /** ",比年初预算的 x 万元下降 y%" or an empty string when no budget is given. */
    static String againstBudget(ExplanationLine line) {
        if (line.base() == null || line.amount() == null) {
            return "";
        }
        if (line.base().signum() == 0) {
            return line.amount().signum() == 0 ? "，年初未安排预算，未发生支出" : "，年初未安排预算";
        }
        int sign = line.change().signum();
        if (sign == 0) {
            return "，与年初预算的" + wan(line.base()) + "持平";
        }
        return "，比年初预算的" + wan(line.base()) + (sign > 0 ? "增长" : "下降") + line.percent().abs().toPlainString()
                + "%";
    }

    /** "。主要原因是…" when a reason is given. */
    static String reason(ExplanationLine line) {
        return hasReason(line) ? "。主要原因是" + withStop(line.reason()) : "。";
    }

    static boolean hasReason(ExplanationLine line) {
        return line.reason() != null && !line.reason().isBlank();
    }

    /** The reason as the department gave it, ending in one 。 */
    static String withStop(String reason) {
        String stripped = reason.strip();
        return stripped + (stripped.endsWith("。") ? "" : "。");
    }

    /** "label n unit", or an empty clause when the count is not stated. */
    static String count(String label, Integer count, String unit) {
        return count == null ? "" : label + count + unit;
    }

    /** The clauses that state something, joined; empty when none does. */
    static String clauses(String separator, String... clauses) {
        return Arrays.stream(clauses).filter(clause -> !clause.isEmpty()).collect(Collectors.joining(separator));
    }

    static String sentence(String clause) {
        return clause.isEmpty() ? "" : clause + "。";
    }
}
