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
 * Loads each year's catalogue once from {@code catalogue/{year}/}: another year is a data file, not a code change.
 * A year the platform ships no catalogue for is checked against the nearest year it has (earlier first), which the
 * service reports as a warning: the platform cannot ship every year's full catalogue.
 */
@ApplicationScoped
public class Catalogues {

    private final Map<Integer, Optional<Catalogue>> cache = new ConcurrentHashMap<>();

    /** How many years away a substitute catalogue may be. */
    private static final int NEAREST_YEARS = 10;

    /** The year's catalogue, or the nearest year's; {@link Catalogue#year()} says which. */
    public Optional<Catalogue> forYear(int year) {
        return cache.computeIfAbsent(year, Catalogues::nearest);
    }

    private static Optional<Catalogue> nearest(int year) {
        for (int distance = 0; distance <= NEAREST_YEARS; distance++) {
            int later = year + distance;
            Optional<Catalogue> found = load(year - distance).or(() -> load(later));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Reads a year's catalogue; empty when the platform ships none for that year. */
    public static Optional<Catalogue> load(int year) {
        String folder = "catalogue/" + year + "/";
        Optional<List<String[]>> functions = TsvResource.read(folder + "function-codes.tsv");
        if (functions.isEmpty()) {
            return Optional.empty();
        }
        List<TemplateRow> table01 = TsvResource.read(folder + "table01-expenditure.tsv").orElseThrow(() ->
                new IllegalStateException(folder + "table01-expenditure.tsv is missing")).stream()
                .map(cells -> new TemplateRow(Integer.parseInt(cells[0]), cells[1], cells[2])).toList();
        return Optional.of(new Catalogue(year, names(functions.get()),
                names(TsvResource.read(folder + "economic-codes.tsv").orElse(List.of())), table01));
    }

    private static Map<String, String> names(List<String[]> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        rows.forEach(cells -> names.put(cells[0], cells[1]));
        return Collections.unmodifiableMap(names);
    }
}
