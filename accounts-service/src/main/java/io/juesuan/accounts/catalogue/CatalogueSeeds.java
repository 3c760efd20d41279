package io.juesuan.accounts.catalogue;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Year;

/**
 * Loads the shipped catalogue files once, on a fresh database, as version 1 of their year; after that the bureau's
 * loads are the catalogue, and a later start changes nothing.
 */
@ApplicationScoped
class CatalogueSeeds {

    private static final Logger LOG = Logger.getLogger(CatalogueSeeds.class);

    void onStart(@Observes StartupEvent start, CatalogueStore store) {
        for (int year = 2000; year <= Year.now().getValue() + 1; year++) {
            for (CatalogueKind kind : CatalogueKind.values()) {
                int fiscalYear = year;
                Catalogues.shipped(year, kind).ifPresent(entries -> {
                    if (store.seed(fiscalYear, kind, entries, Catalogues.shippedFile(fiscalYear, kind))) {
                        LOG.infof("loaded the shipped %d %s (%d codes) as version 1", fiscalYear, kind.path(),
                                entries.size());
                    }
                });
            }
        }
    }
}
