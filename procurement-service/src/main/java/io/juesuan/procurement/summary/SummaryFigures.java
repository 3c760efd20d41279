package io.juesuan.procurement.summary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * A procurement summary's figures (政府采购情况), in the document's unit; a part left out is not stated.
 *
 * @param total      政府采购支出总额
 * @param goods      政府采购货物支出
 * @param works      政府采购工程支出
 * @param services   政府采购服务支出
 * @param sme        授予中小企业合同金额 (中型 + 小型 + 微型)
 * @param smallMicro 授予小微企业合同金额 (小型 + 微型)
 */
public record SummaryFigures(
        @NotNull @PositiveOrZero BigDecimal total,
        @PositiveOrZero BigDecimal goods,
        @PositiveOrZero BigDecimal works,
        @PositiveOrZero BigDecimal services,
        @PositiveOrZero BigDecimal sme,
        @PositiveOrZero BigDecimal smallMicro) {

    /** The same figures through a conversion, e.g. into yuan or into 万元 for display. */
    public SummaryFigures map(java.util.function.UnaryOperator<BigDecimal> convert) {
        return new SummaryFigures(apply(convert, total), apply(convert, goods), apply(convert, works),
                apply(convert, services), apply(convert, sme), apply(convert, smallMicro));
    }

    private static BigDecimal apply(java.util.function.UnaryOperator<BigDecimal> convert, BigDecimal value) {
        return value == null ? null : convert.apply(value);
    }
}
