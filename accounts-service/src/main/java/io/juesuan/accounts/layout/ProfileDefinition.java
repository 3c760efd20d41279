package io.juesuan.accounts.layout;

import io.juesuan.accounts.tables.TableTemplates;

import java.util.Map;

/**
 * What one profile file says: how a region prints its disclosure from a year on.
 *
 * @param key             the region and first year
 * @param name            who prints it so, e.g. 福建省
 * @param templates       the nine public tables: their layouts and the numbered expenditure rows of 01 and 04
 * @param assetLabels     the 国有资产 paragraph's equipment counts the profile prints, field → printed label
 *                        (e.g. generalEquipment → 单价50万元（含）以上通用设备), in printed order
 */
public record ProfileDefinition(ProfileKey key, String name, TableTemplates templates,
                                Map<String, String> assetLabels) {
}
