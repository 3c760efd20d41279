package io.juesuan.accounts.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * State assets held at the year's end (国有资产占用使用情况).
 *
 * @param vehicles         vehicles by use
 * @param generalEquipment 单价50万元（含）以上通用设备, 台（套）
 * @param specialEquipment 单价100万元（含）以上专用设备, 台（套）
 */
public record StateAssets(@Valid VehiclesByUse vehicles, @PositiveOrZero Integer generalEquipment,
                          @PositiveOrZero Integer specialEquipment) {

    /** "截至2020年12月31日，本单位共有车辆…" as the explanation prints it. */
    public String sentence(int year) {
        int[] counts = vehicles == null ? new int[VehiclesByUse.LABELS.length] : vehicles.counts();
        int total = vehicles == null ? 0 : vehicles.total();
        StringBuilder text = new StringBuilder("截至" + year + "年12月31日，本单位共有车辆" + total + "辆，其中：");
        for (int i = 0; i < counts.length; i++) {
            text.append(i == 0 ? "" : "、").append(VehiclesByUse.LABELS[i]).append(counts[i]).append("辆");
        }
        return text.append("；单价50万元（含）以上通用设备").append(orZero(generalEquipment))
                .append("台（套），单价100万元（含）以上专用设备").append(orZero(specialEquipment)).append("台（套）。")
                .toString();
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
