package io.juesuan.accounts.layout;

import io.juesuan.accounts.catalogue.Catalogues;
import io.juesuan.accounts.tables.TableLayouts;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The one place that decides what a document is checked and printed with: the catalogue of its year (or the
 * nearest year the platform has) and the table layouts of that same year, so the two can never be of different
 * years.
 */
@ApplicationScoped
public class DocumentLayouts {

    private final Catalogues catalogues;

    DocumentLayouts(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    /** Empty when the platform has neither a catalogue nor layouts for the year or a year near it. */
    public Optional<DocumentLayout> forYear(int year) {
        return catalogues.forYear(year).flatMap(catalogue -> TableLayouts.load(catalogue.year())
                .map(tables -> new DocumentLayout(catalogue, tables)));
    }
}
