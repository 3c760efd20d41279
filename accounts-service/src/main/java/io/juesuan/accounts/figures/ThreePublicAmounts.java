package io.juesuan.accounts.figures;

import io.juesuan.platform.json.OptionalFigures;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 三公经费 of the general budget by kind; the totals (合计, 公务用车购置及运行维护费) are computed.
 *
 * @param abroad           因公出国（境）费
 * @param vehiclePurchase  公务用车购置费
 * @param vehicleOperation 公务用车运行维护费
 * @param reception        公务接待费
 */
@Embeddable
public record ThreePublicAmounts(
        @Schema(description = "因公出国（境）费. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal abroad,
        @Schema(description = "公务用车购置费. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal vehiclePurchase,
        @Schema(description = "公务用车运行维护费. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal vehicleOperation,
        @Schema(description = "公务接待费. " + OptionalFigures.ABSENT)
        @PositiveOrZero BigDecimal reception) {

    /** The same figures through a conversion, e.g. into yuan; empty figures stay empty. */
    public ThreePublicAmounts map(java.util.function.UnaryOperator<BigDecimal> convert) {
        return new ThreePublicAmounts(apply(convert, abroad), apply(convert, vehiclePurchase),
                apply(convert, vehicleOperation), apply(convert, reception));
    }

    /** The figures by the row key of 公开07表 they fill (ABROAD, VEHICLE_PURCHASE, …); empty ones left out. */
    public Map<String, BigDecimal> byRow() {
        Map<String, BigDecimal> rows = new LinkedHashMap<>();
        putIfPresent(rows, "ABROAD", abroad);
        putIfPresent(rows, "VEHICLE_PURCHASE", vehiclePurchase);
        putIfPresent(rows, "VEHICLE_OPERATION", vehicleOperation);
        putIfPresent(rows, "RECEPTION", reception);
        return rows;
    }

    private static void putIfPresent(Map<String, BigDecimal> rows, String row, BigDecimal value) {
        if (value != null) {
            rows.put(row, value);
        }
    }

    private static BigDecimal apply(java.util.function.UnaryOperator<BigDecimal> convert, BigDecimal value) {
        return value == null ? null : convert.apply(value);
    }
}
