package io.juesuan.accounts.layout;

import io.juesuan.accounts.profile.AssetWording;
import io.juesuan.accounts.tables.TableLayout;
import io.juesuan.accounts.tables.TemplateRow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One version of a layout profile as the API shows it.
 *
 * @param layout          the region, first year, version and name
 * @param loadedAt        when it was loaded
 * @param loadedBy        the subject of the token that loaded it, {@code seed} for a shipped file
 * @param source          the file's type and encoding, or the shipped file's path
 * @param tables          the nine tables: title, columns, the sums between columns, row groups, footnote
 * @param expenditureRows the numbered expenditure rows of 公开01表 and 04表
 * @param assets          the 国有资产 paragraph's names of vehicle uses and equipment counts
 * @param explanations    which template's 情况说明 it prints, e.g. {@code shanghai-2024}
 */
public record ProfileView(LayoutRef layout, OffsetDateTime loadedAt, String loadedBy, String source,
                          Map<String, TableLayout> tables, List<TemplateRow> expenditureRows, AssetWording assets,
                          String explanations) {

    static ProfileView of(ProfileStore.Stored stored) {
        ProfileDefinition definition = stored.profile().definition();
        return new ProfileView(stored.profile().ref(), stored.loadedAt(), stored.loadedBy(), stored.source(),
                new java.util.TreeMap<>(definition.templates().tables()), definition.templates().expenditureRows(),
                definition.assets(), definition.explanations().key());
    }
}
