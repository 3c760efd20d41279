package io.juesuan.accounts.catalogue;

import io.juesuan.platform.data.TsvResource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue a document is checked with: the current version of its year's codes as the finance bureau loaded
 * them ({@link CatalogueStore}), or of the nearest year that has one (earlier first), which the service reports as
 * a warning. Versions never change, so what is read of one is kept; each call asks only whether a load came since.
 */
@ApplicationScoped
public class Catalogues {

    /** How many years away a substitute catalogue may be. */
    public static final int NEAREST_YEARS = 10;

    private final CatalogueStore store;
    private final Map<String, Catalogue> cache = new ConcurrentHashMap<>();
    private final Map<Integer, Resolved> resolved = new ConcurrentHashMap<>();

    Catalogues(CatalogueStore store) {
        this.store = store;
    }

    /** @return empty when no year within reach has function codes */
    public Optional<Catalogue> forYear(int year) {
        // every load adds a version with a higher id: while the newest id is the one seen, so is the answer
        long newest = store.newestId();
        Resolved known = resolved.get(year);
        if (known != null && known.newestId() == newest) {
            return known.catalogue();
        }
        Optional<Catalogue> catalogue = resolve(year);
        resolved.put(year, new Resolved(newest, catalogue));
        return catalogue;
    }

    /** What a year resolved to, and the newest version id when it did. */
    private record Resolved(long newestId, Optional<Catalogue> catalogue) {
    }

    private Optional<Catalogue> resolve(int year) {
        Optional<CatalogueStore.Current> functions = store.nearestCurrent(year, CatalogueKind.FUNCTION, NEAREST_YEARS);
        if (functions.isEmpty()) {
            return Optional.empty();
        }
        Optional<CatalogueStore.Current> economics = store.nearestCurrent(year, CatalogueKind.ECONOMIC,
                NEAREST_YEARS);
        String key = functions.get().id() + "/" + economics.map(CatalogueStore.Current::id).orElse(0L);
        return Optional.of(cache.computeIfAbsent(key, k -> new Catalogue(functions.get().year(),
                unmodifiable(store.names(functions.get().id())),
                economics.map(e -> unmodifiable(store.names(e.id()))).orElse(Map.of()))));
    }

    /** The catalogue shipped for a year (the seed files); empty when none is. */
    public static Optional<Catalogue> load(int year) {
        return shipped(year, CatalogueKind.FUNCTION).map(functions -> new Catalogue(year, names(functions),
                shipped(year, CatalogueKind.ECONOMIC).map(Catalogues::names).orElse(Map.of())));
    }

    /** A shipped file's codes, read and checked like a bureau's file; empty when the year ships none. */
    static Optional<List<CatalogueEntry>> shipped(int year, CatalogueKind kind) {
        return TsvResource.text(shippedFile(year, kind)).map(text -> CatalogueFile.read(kind, text));
    }

    static String shippedFile(int year, CatalogueKind kind) {
        return "catalogue/" + year + "/" + kind.path() + ".tsv";
    }

    private static Map<String, String> names(List<CatalogueEntry> entries) {
        Map<String, String> names = new LinkedHashMap<>();
        entries.forEach(entry -> names.put(entry.code(), entry.name()));
        return Collections.unmodifiableMap(names);
    }

    private static Map<String, String> unmodifiable(Map<String, String> names) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }
}
