package io.juesuan.accounts.figures;

import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Income of the year by source, the eight lines of 公开01表; an absent line is empty (no income).
 *
 * @param generalBudget        一般公共预算财政拨款收入
 * @param governmentFund       政府性基金预算财政拨款收入
 * @param stateCapital         国有资本经营预算财政拨款收入
 * @param superiorSubsidy      上级补助收入
 * @param institutionBusiness  事业收入
 * @param operating            经营收入
 * @param affiliatedRemittance 附属单位上缴收入
 * @param other                其他收入
 */
public record IncomeBySource(
        @PositiveOrZero BigDecimal generalBudget,
        @PositiveOrZero BigDecimal governmentFund,
        @PositiveOrZero BigDecimal stateCapital,
        @PositiveOrZero BigDecimal superiorSubsidy,
        @PositiveOrZero BigDecimal institutionBusiness,
        @PositiveOrZero BigDecimal operating,
        @PositiveOrZero BigDecimal affiliatedRemittance,
        @PositiveOrZero BigDecimal other) {

    /** The non-empty lines, keyed by source. */
    public Map<IncomeSource, BigDecimal> asMap() {
        Map<IncomeSource, BigDecimal> lines = new EnumMap<>(IncomeSource.class);
        BigDecimal[] values = {generalBudget, governmentFund, stateCapital, superiorSubsidy, institutionBusiness,
                operating, affiliatedRemittance, other};
        for (IncomeSource source : IncomeSource.values()) {
            BigDecimal value = values[source.ordinal()];
            if (value != null) {
                lines.put(source, value);
            }
        }
        return lines;
    }

    public static IncomeBySource of(Map<IncomeSource, BigDecimal> lines) {
        return new IncomeBySource(lines.get(IncomeSource.GENERAL_BUDGET), lines.get(IncomeSource.GOVERNMENT_FUND),
                lines.get(IncomeSource.STATE_CAPITAL), lines.get(IncomeSource.SUPERIOR_SUBSIDY),
                lines.get(IncomeSource.INSTITUTION_BUSINESS), lines.get(IncomeSource.OPERATING),
                lines.get(IncomeSource.AFFILIATED_REMITTANCE), lines.get(IncomeSource.OTHER));
    }

    /** The field of a source, to name it in a problem response. */
    public static String fieldOf(IncomeSource source) {
        String[] fields = {"generalBudget", "governmentFund", "stateCapital", "superiorSubsidy",
                "institutionBusiness", "operating", "affiliatedRemittance", "other"};
        return fields[source.ordinal()];
    }
}
