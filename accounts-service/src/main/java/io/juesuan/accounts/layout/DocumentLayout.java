package io.juesuan.accounts.layout;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.tables.TableLayout;

import java.util.Map;

/**
 * What a department-year's document is checked and printed with, resolved once per document: the catalogue of
 * codes and the layout of each public table.
 *
 * @param catalogue  the catalogue; {@link Catalogue#year()} may differ from the document's year when the bureau has
 *                   loaded none for it
 * @param tables     the layout of each public table by canonical id (01–09)
 * @param layoutYear the year whose layouts these are
 */
public record DocumentLayout(Catalogue catalogue, Map<String, TableLayout> tables, int layoutYear) {

    /** Whether the codes or the layouts are another year's, for the document's year has none. */
    public boolean isOfAnotherYear(int year) {
        return catalogue.year() != year || layoutYear != year;
    }
}
