package io.juesuan.accounts.profile;

import io.juesuan.platform.json.OptionalFigures;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * State assets held at the year's end (国有资产占用使用情况). Any count may be absent: the document does not state
 * it, and the text leaves it out rather than print 0.
 *
 * @param vehicles         vehicles by use
 * @param generalEquipment 单价50万元（含）以上通用设备, 台（套）
 * @param specialEquipment 单价100万元（含）以上专用设备, 台（套）
 * @param equipment        all equipment (不含车辆) at or above the region's threshold, where a region counts it in one
 *                         figure (上海: 单价100万元（含）以上设备), 台（套）
 */
public record StateAssets(@Valid VehiclesByUse vehicles,
                          @Schema(description = "单价50万元（含）以上通用设备，台（套）. " + OptionalFigures.ABSENT)
                          @PositiveOrZero Integer generalEquipment,
                          @Schema(description = "单价100万元（含）以上专用设备，台（套）. " + OptionalFigures.ABSENT)
                          @PositiveOrZero Integer specialEquipment,
                          @Schema(description = "单价达到版式所定标准（如100万元（含））以上的设备（不含车辆），台（套）. "
                                  + OptionalFigures.ABSENT)
                          @PositiveOrZero Integer equipment) {

    /** An equipment count by its field name, as a layout profile names it; null when not stated. */
    public Integer equipment(String field) {
        return switch (field) {
            case "generalEquipment" -> generalEquipment;
            case "specialEquipment" -> specialEquipment;
            case "equipment" -> equipment;
            default -> throw new IllegalArgumentException("no equipment count " + field);
        };
    }
}
