package io.juesuan.accounts.explanations;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Which template's 部门决算情况说明 a layout profile prints: its sections, their wording and so the lines they
 * compare. A province whose text follows one of them names it in its profile file ({@code profile explanations …}).
 */
public enum ExplanationStyle {

    /**
     * 财政部's 2020 wording, as the seed prints it: seven sections, totals and 项 against last year, 三公 against the
     * budget.
     */
    NATIONAL_2020("national-2020", Set.of()),
    /**
     * Shanghai's 2024 template: eleven sections; 收入支出总计 and 财政拨款收入支出总计 against last year, shares of income
     * and spending, each 项 against its 年初预算, 三公 against both the budget and last year.
     */
    SHANGHAI_2024("shanghai-2024", Set.of(ExplanationKeys.GRAND_TOTAL, ExplanationKeys.FISCAL_TOTAL,
            ExplanationKeys.THREE_PUBLIC, ExplanationKeys.THREE_PUBLIC_PART + "ABROAD",
            ExplanationKeys.THREE_PUBLIC_PART + "VEHICLES", ExplanationKeys.THREE_PUBLIC_PART + "RECEPTION"));

    private final String key;
    /** Lines this style compares with last year beyond those every style does. */
    private final Set<String> alsoAgainstPriorYear;

    ExplanationStyle(String key, Set<String> alsoAgainstPriorYear) {
        this.key = key;
        this.alsoAgainstPriorYear = alsoAgainstPriorYear;
    }

    public String key() {
        return key;
    }

    public static Optional<ExplanationStyle> of(String key) {
        return Arrays.stream(values()).filter(style -> style.key.equals(key)).findFirst();
    }

    /** Whether this style's text has a line of the key: the two grand totals only Shanghai's states. */
    public boolean writes(String key) {
        return ExplanationKeys.isKnown(key)
                && (!ExplanationKeys.GRAND_TOTALS.contains(key) || alsoAgainstPriorYear.contains(key));
    }

    /** Whether the line compares with last year, so takes a prior-year figure. */
    public boolean takesPriorYear(String key) {
        return ExplanationKeys.takesPriorYear(key) || alsoAgainstPriorYear.contains(key);
    }

    /** Whether the line can carry a reason: one compared with last year or with a budget. */
    public boolean takesReason(String key) {
        return ExplanationKeys.takesReason(key) || alsoAgainstPriorYear.contains(key);
    }
}
