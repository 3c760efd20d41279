package io.juesuan.accounts.explanations;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * One figure of the explanations with what it is compared with, all in 万元 as the tables show them.
 *
 * @param key      {@link ExplanationKeys}
 * @param name     the line's name as the text says it
 * @param amount   the year's figure, from the tables; null when the document does not give it (an optional part)
 * @param base     last year's figure or the year's budget; null when unknown or not compared
 * @param baseKind what {@code base} is
 * @param change   amount − base
 * @param percent  change / base in %, two decimals half-up; null when the base is zero or unknown
 * @param reason   主要原因, as the department gave it
 * @param budget   the line's 年初预算数 where the region compares each line with it too (上海: 年初预算为…，支出决算
 *                 为…，完成年初预算的…%); null otherwise
 * @param completion amount / budget in %, two decimals half-up; null when the budget is zero or not given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExplanationLine(String key, String name, BigDecimal amount, BigDecimal base, BaseKind baseKind,
                             BigDecimal change, BigDecimal percent, String reason, BigDecimal budget,
                             BigDecimal completion) {

    public enum BaseKind { PRIOR_YEAR, BUDGET }

    static ExplanationLine alone(String key, String name, BigDecimal amount) {
        return new ExplanationLine(key, name, amount, null, null, null, null, null, null, null);
    }

    static ExplanationLine against(String key, String name, BigDecimal amount, BigDecimal base, BaseKind kind,
                                   String reason) {
        if (base == null || amount == null) {
            return new ExplanationLine(key, name, amount, base, kind, null, null, reason, null, null);
        }
        return new ExplanationLine(key, name, amount, base, kind, Comparison.change(amount, base),
                Comparison.percent(amount, base), reason, null, null);
    }

    /** The same line compared with its 年初预算数 (万元) as well. */
    ExplanationLine withBudget(BigDecimal budget) {
        return new ExplanationLine(key, name, amount, base, baseKind, change, percent, reason, budget,
                amount == null ? null : Comparison.completion(amount, budget));
    }
}
