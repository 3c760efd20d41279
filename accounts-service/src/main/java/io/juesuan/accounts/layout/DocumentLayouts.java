package io.juesuan.accounts.layout;

import io.juesuan.accounts.catalogue.Catalogues;
import io.juesuan.accounts.tables.TableLayouts;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The one place that decides what a document is checked and printed with: the current catalogue of its year (or
 * the nearest year the bureau has loaded) and the table layouts of its year (or the nearest year the platform ships).
 */
@ApplicationScoped
public class DocumentLayouts {

    private final Catalogues catalogues;

    DocumentLayouts(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    /** Empty when no year within reach has a catalogue or layouts. */
    public Optional<DocumentLayout> forYear(int year) {
        return TableLayouts.nearestYear(year, Catalogues.NEAREST_YEARS).flatMap(layoutYear ->
                catalogues.forYear(year, layoutYear).map(catalogue ->
                        new DocumentLayout(catalogue, TableLayouts.load(layoutYear).orElseThrow(), layoutYear)));
    }
}
