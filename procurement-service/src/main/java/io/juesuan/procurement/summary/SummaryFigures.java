package io.juesuan.procurement.summary;

import io.juesuan.platform.json.OptionalFigures;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(description = "政府采购货物支出. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal goods,
        @Schema(description = "政府采购工程支出. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal works,
        @Schema(description = "政府采购服务支出. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal services,
        @Schema(description = "授予中小企业合同金额（摘要须载明：未载明者，转录件为提示，自行填报为错误）. "
                + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal sme,
        @Schema(description = "其中授予小微企业合同金额. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal smallMicro) {

    /** The same figures with the amount awarded to SMEs given. */
    public SummaryFigures withSme(BigDecimal amount) {
        return new SummaryFigures(total, goods, works, services, amount, smallMicro);
    }

    /** The same figures through a conversion, e.g. into yuan or into 万元 for display. */
    public SummaryFigures map(java.util.function.UnaryOperator<BigDecimal> convert) {
        return new SummaryFigures(apply(convert, total), apply(convert, goods), apply(convert, works),
                apply(convert, services), apply(convert, sme), apply(convert, smallMicro));
    }

    private static BigDecimal apply(java.util.function.UnaryOperator<BigDecimal> convert, BigDecimal value) {
        return value == null ? null : convert.apply(value);
    }
}
