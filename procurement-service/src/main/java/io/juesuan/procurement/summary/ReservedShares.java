package io.juesuan.procurement.summary;

import io.juesuan.platform.json.OptionalFigures;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * Procurement reserved for small and medium enterprises under 财库〔2020〕46号 (预留份额), and what they won, as a
 * region that prints the scheme discloses it; in the document's unit, a figure left out is not stated.
 *
 * @param smeReserved                 面向中小企业预留项目预算金额
 * @param smallMicroReserved          面向小微企业预留项目预算金额, part of the SME reservation
 * @param smeAwardedInReserved        在面向中小企业预留的项目中，由中小企业供应商中标或成交的采购金额
 * @param smallMicroAwardedInReserved 在面向小微企业预留的项目中，由小微企业供应商中标或成交的采购金额
 * @param smeAwardedInOther           在其他政府采购项目中，由中小企业供应商中标或成交的采购金额
 */
public record ReservedShares(
        @Schema(description = "面向中小企业预留项目预算金额. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal smeReserved,
        @Schema(description = "面向小微企业预留项目预算金额（含于面向中小企业预留之中）. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal smallMicroReserved,
        @Schema(description = "预留项目中由中小企业中标成交金额. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal smeAwardedInReserved,
        @Schema(description = "预留小微项目中由小微企业中标成交金额. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal smallMicroAwardedInReserved,
        @Schema(description = "其他项目中由中小企业中标成交金额. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal smeAwardedInOther) {

    /** The field names, in the order of {@link #values()}. */
    static final String[] FIELDS = {"smeReserved", "smallMicroReserved", "smeAwardedInReserved",
            "smallMicroAwardedInReserved", "smeAwardedInOther"};

    BigDecimal[] values() {
        return new BigDecimal[] {smeReserved, smallMicroReserved, smeAwardedInReserved, smallMicroAwardedInReserved,
                smeAwardedInOther};
    }

    /** The same figures through a conversion, e.g. into yuan; a figure not stated stays so. */
    public ReservedShares map(UnaryOperator<BigDecimal> convert) {
        return new ReservedShares(apply(convert, smeReserved), apply(convert, smallMicroReserved),
                apply(convert, smeAwardedInReserved), apply(convert, smallMicroAwardedInReserved),
                apply(convert, smeAwardedInOther));
    }

    /** What SMEs won in all: in reserved projects and in the others; null unless both are stated. */
    public BigDecimal smeAwarded() {
        return smeAwardedInReserved == null || smeAwardedInOther == null ? null
                : smeAwardedInReserved.add(smeAwardedInOther);
    }

    private static BigDecimal apply(UnaryOperator<BigDecimal> convert, BigDecimal value) {
        return value == null ? null : convert.apply(value);
    }
}
