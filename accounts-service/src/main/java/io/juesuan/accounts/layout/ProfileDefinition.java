package io.juesuan.accounts.layout;

import io.juesuan.accounts.explanations.ExplanationStyle;
import io.juesuan.accounts.profile.AssetWording;
import io.juesuan.accounts.tables.TableTemplates;


/**
 * What one profile file says: how a region prints its disclosure from a year on.
 *
 * @param key             the region and first year
 * @param name            who prints it so, e.g. 福建省
 * @param templates       the nine public tables: their layouts and the numbered expenditure rows of 01 and 04
 * @param assets          how the 国有资产 paragraph names vehicle uses and which equipment counts it prints
 * @param explanations    which template's 情况说明 it prints
 */
public record ProfileDefinition(ProfileKey key, String name, TableTemplates templates, AssetWording assets,
                                ExplanationStyle explanations) {
}
