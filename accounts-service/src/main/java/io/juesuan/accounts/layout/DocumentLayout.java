package io.juesuan.accounts.layout;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.explanations.ExplanationStyle;
import io.juesuan.accounts.tables.TableTemplates;

/**
 * What a department-year's document is checked and printed with, resolved once per document: the catalogue of
 * codes and the layout profile.
 *
 * @param catalogue the catalogue; {@link Catalogue#year()} may differ from the document's year when the bureau has
 *                  loaded none for it
 * @param profile   the layout profile version
 */
public record DocumentLayout(Catalogue catalogue, LayoutProfile profile) {

    public TableTemplates templates() {
        return profile.definition().templates();
    }

    public ExplanationStyle explanationStyle() {
        return profile.definition().explanations();
    }

    /** Whether the codes are another year's, or the layout one that starts after the year. */
    public boolean isOfAnotherYear(int year) {
        return catalogue.year() != year || profile.key().fromYear() > year;
    }
}
