package io.juesuan.accounts.profile;

import java.util.List;
import java.util.Map;

/**
 * How a layout profile words the 国有资产占用使用情况 paragraph: its names for the vehicle uses and the equipment
 * counts it prints, each with its label (the thresholds are part of the labels: 单价50万元（含）以上通用设备).
 *
 * @param vehicles  the names of the vehicle uses, in the order of {@link VehiclesByUse#counts()}
 * @param equipment the equipment counts printed, {@link StateAssets} field → label, in printed order
 */
public record AssetWording(List<String> vehicles, Map<String, String> equipment) {

    /** The fields of {@link StateAssets} that count equipment. */
    public static final List<String> EQUIPMENT_FIELDS = List.of("generalEquipment", "specialEquipment", "equipment");
}
