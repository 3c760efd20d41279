package io.juesuan.accounts.explanations;

import io.juesuan.accounts.catalogue.FunctionCode;
import io.juesuan.accounts.figures.ExpenditureKind;
import io.juesuan.accounts.figures.IncomeSource;

import java.util.Arrays;

import java.util.List;
import java.util.Set;

/**
 * The keys of the explanation lines. A 项 of 公开05表 is keyed by its 7-digit function code; every other line by
 * a fixed name. Lines compared with the prior year accept a prior-year figure; the 三公 lines compare with the
 * year's budget instead.
 */
public final class ExplanationKeys {

    public static final String INCOME = "INCOME";
    public static final String EXPENDITURE = "EXPENDITURE";
    public static final String GENERAL_BUDGET = "GENERAL_BUDGET";
    public static final String GOVERNMENT_FUND = "GOVERNMENT_FUND";
    public static final String STATE_CAPITAL = "STATE_CAPITAL";
    public static final String GENERAL_BUDGET_BASIC = "GENERAL_BUDGET_BASIC";
    public static final String PERSONNEL = "PERSONNEL";
    public static final String PUBLIC = "PUBLIC";
    public static final String THREE_PUBLIC = "THREE_PUBLIC";
    public static final String OFFICE_OPERATION = "OFFICE_OPERATION";
    /** 收入支出总计: 公开01表's 总计. */
    public static final String GRAND_TOTAL = "GRAND_TOTAL";
    /** 财政拨款收入支出总计: 公开04表's 总计. */
    public static final String FISCAL_TOTAL = "FISCAL_TOTAL";
    /** The two 总计, which only some styles state ({@link ExplanationStyle#writes}). */
    public static final Set<String> GRAND_TOTALS = Set.of(GRAND_TOTAL, FISCAL_TOTAL);

    /** Prefix of the lines listing 01's income sources, e.g. {@code INCOME.OTHER}. */
    public static final String INCOME_SOURCE = "INCOME.";
    /** Prefix of the lines listing 03's expenditure kinds, e.g. {@code EXPENDITURE.BASIC}. */
    public static final String EXPENDITURE_KIND = "EXPENDITURE.";
    /** Prefix of the 三公 parts, keyed as the rows of 公开07表, e.g. {@code THREE_PUBLIC.RECEPTION}. */
    public static final String THREE_PUBLIC_PART = "THREE_PUBLIC.";

    /** The balance figures of the overview sentence, keyed as the rows of 公开01表. */
    public static final List<String> BALANCES = List.of("OPENING_BALANCE", "NON_FISCAL_BALANCE_USED",
            "BALANCE_DISTRIBUTION", "CLOSING_BALANCE");

    private static final Set<String> THREE_PUBLIC_PARTS = Set.of("ABROAD", "VEHICLES", "VEHICLE_PURCHASE",
            "VEHICLE_OPERATION", "RECEPTION");

    private static final Set<String> FIXED = Set.of(INCOME, EXPENDITURE, GENERAL_BUDGET, GOVERNMENT_FUND,
            STATE_CAPITAL, GENERAL_BUDGET_BASIC, PERSONNEL, PUBLIC, THREE_PUBLIC, OFFICE_OPERATION);

    private static final Set<String> PRIOR_YEAR_TOTALS = Set.of(INCOME, EXPENDITURE, GENERAL_BUDGET, GOVERNMENT_FUND,
            STATE_CAPITAL, OFFICE_OPERATION);

    private ExplanationKeys() {
    }

    /** Whether a line of this key exists; anything else in a document is bad input. */
    public static boolean isKnown(String key) {
        if (FIXED.contains(key) || GRAND_TOTALS.contains(key) || BALANCES.contains(key) || isItem(key)
                || isThreePublic(key)) {
            return true;
        }
        if (key.startsWith(INCOME_SOURCE)) {
            String source = key.substring(INCOME_SOURCE.length());
            return Arrays.stream(IncomeSource.values()).anyMatch(s -> s.name().equals(source));
        }
        if (key.startsWith(EXPENDITURE_KIND)) {
            String kind = key.substring(EXPENDITURE_KIND.length());
            return Arrays.stream(ExpenditureKind.values()).anyMatch(k -> k.name().equals(kind));
        }
        return false;
    }

    /** A 项 line of table 05: its key is the function code. */
    public static boolean isItem(String key) {
        return FunctionCode.isWellFormed(key) && FunctionCode.levelOf(key) == FunctionCode.Level.ITEM;
    }

    /** Lines that compare with the prior year and so take a prior-year figure. */
    public static boolean takesPriorYear(String key) {
        return PRIOR_YEAR_TOTALS.contains(key) || isItem(key);
    }

    /** Lines a region may compare with their 年初预算数 too: the funds' totals and the 项 of table 05. */
    public static boolean takesBudget(String key) {
        return GENERAL_BUDGET.equals(key) || GOVERNMENT_FUND.equals(key) || STATE_CAPITAL.equals(key) || isItem(key);
    }

    /** Lines that can carry a reason: those compared with the prior year or with the budget. */
    public static boolean takesReason(String key) {
        return takesPriorYear(key) || isThreePublic(key);
    }

    static boolean isThreePublic(String key) {
        return THREE_PUBLIC.equals(key) || key.startsWith(THREE_PUBLIC_PART)
                && THREE_PUBLIC_PARTS.contains(key.substring(THREE_PUBLIC_PART.length()));
    }
}
