package io.juesuan.accounts.figures;

import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One 项's expenditure from one fund by kind; an absent kind is empty.
 *
 * @param basic               基本支出
 * @param project             项目支出
 * @param remitToSuperior     上缴上级支出
 * @param operating           经营支出
 * @param subsidyToAffiliated 对附属单位补助支出
 */
public record ExpenditureByKind(
        @PositiveOrZero BigDecimal basic,
        @PositiveOrZero BigDecimal project,
        @PositiveOrZero BigDecimal remitToSuperior,
        @PositiveOrZero BigDecimal operating,
        @PositiveOrZero BigDecimal subsidyToAffiliated) {

    private static final String[] FIELDS = {"basic", "project", "remitToSuperior", "operating", "subsidyToAffiliated"};

    /** The non-empty kinds. */
    public Map<ExpenditureKind, BigDecimal> asMap() {
        BigDecimal[] values = {basic, project, remitToSuperior, operating, subsidyToAffiliated};
        Map<ExpenditureKind, BigDecimal> amounts = new EnumMap<>(ExpenditureKind.class);
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            if (values[kind.ordinal()] != null) {
                amounts.put(kind, values[kind.ordinal()]);
            }
        }
        return amounts;
    }

    public static ExpenditureByKind of(Map<ExpenditureKind, BigDecimal> amounts) {
        return new ExpenditureByKind(amounts.get(ExpenditureKind.BASIC), amounts.get(ExpenditureKind.PROJECT),
                amounts.get(ExpenditureKind.REMIT_TO_SUPERIOR), amounts.get(ExpenditureKind.OPERATING),
                amounts.get(ExpenditureKind.SUBSIDY_TO_AFFILIATED));
    }

    /** The JSON field of a kind, to name it in a problem response. */
    public static String fieldOf(ExpenditureKind kind) {
        return FIELDS[kind.ordinal()];
    }
}
