package io.juesuan.accounts.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two versions of a catalogue (or two years'): codes added, removed, and renamed.
 *
 * @param from    the version compared from
 * @param to      the version compared to
 * @param added   codes only {@code to} has
 * @param removed codes only {@code from} has
 * @param renamed codes both have under different names
 */
public record CatalogueDiff(Ref from, Ref to, List<CatalogueEntry> added, List<CatalogueEntry> removed,
                            List<Renamed> renamed) {

    /** A version of a year's catalogue. */
    public record Ref(int year, int version) {
    }

    /** A code whose name changed. */
    public record Renamed(String code, String from, String to) {
    }

    public static CatalogueDiff between(CatalogueVersion from, CatalogueVersion to) {
        Map<String, String> before = from.names();
        Map<String, String> after = to.names();
        Set<String> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        List<CatalogueEntry> added = new ArrayList<>();
        List<CatalogueEntry> removed = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        for (String code : codes) {
            String was = before.get(code);
            String is = after.get(code);
            if (was == null) {
                added.add(new CatalogueEntry(code, is));
            } else if (is == null) {
                removed.add(new CatalogueEntry(code, was));
            } else if (!was.equals(is)) {
                renamed.add(new Renamed(code, was, is));
            }
        }
        return new CatalogueDiff(new Ref(from.year, from.version), new Ref(to.year, to.version), added, removed,
                renamed);
    }

    /** The codes a disclosure that used them would no longer find under the same name. */
    public Set<String> removedOrRenamed() {
        Set<String> codes = new TreeSet<>();
        removed.forEach(entry -> codes.add(entry.code()));
        renamed.forEach(entry -> codes.add(entry.code()));
        return codes;
    }
}
