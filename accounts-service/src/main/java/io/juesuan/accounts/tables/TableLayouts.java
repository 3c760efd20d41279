package io.juesuan.accounts.tables;

import io.juesuan.platform.data.TsvResource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads {@code catalogue/{year}/table-layouts.tsv}, once a year: every save and publish asks for it. */
public final class TableLayouts {

    private static final Map<Integer, Optional<Map<String, TableLayout>>> CACHE = new ConcurrentHashMap<>();

    private TableLayouts() {
    }

    /** The year nearest to {@code year} (earlier first) within {@code reach} that has layouts. */
    public static Optional<Integer> nearestYear(int year, int reach) {
        for (int distance = 0; distance <= reach; distance++) {
            if (load(year - distance).isPresent()) {
                return Optional.of(year - distance);
            }
            if (load(year + distance).isPresent()) {
                return Optional.of(year + distance);
            }
        }
        return Optional.empty();
    }

    public static Optional<Map<String, TableLayout>> load(int year) {
        return CACHE.computeIfAbsent(year, y ->
                TsvResource.read("catalogue/" + y + "/table-layouts.tsv").map(TableLayouts::parse));
    }

    private static Map<String, TableLayout> parse(List<String[]> lines) {
        Map<String, Builder> builders = new LinkedHashMap<>();
        for (String[] cells : lines) {
            Builder table = builders.computeIfAbsent(cells[0], id -> new Builder());
            String text = cells.length > 3 ? cells[3] : "";
            switch (cells[1]) {
                case "title" -> table.title = text;
                case "footnote" -> table.footnote = text;
                case "column" -> table.columns.add(new PublicTable.Column(cells[2], text));
                case "sum" -> table.sums.put(cells[2], Arrays.asList(text.split(",")));
                case "group" -> table.groups.add(new TableLayout.Group(cells[2], text.substring(0, text.indexOf(':')),
                        Arrays.asList(text.substring(text.indexOf(':') + 1).split(","))));
                default -> throw new IllegalStateException("unknown layout line: " + String.join(" ", cells));
            }
        }
        Map<String, TableLayout> layouts = new LinkedHashMap<>();
        builders.forEach((id, b) -> layouts.put(id, new TableLayout(id, b.title, List.copyOf(b.columns),
                Map.copyOf(b.sums), List.copyOf(b.groups), b.footnote)));
        return layouts;
    }

    private static final class Builder {
        private String title;
        private String footnote;
        private final List<PublicTable.Column> columns = new ArrayList<>();
        private final Map<String, List<String>> sums = new LinkedHashMap<>();
        private final List<TableLayout.Group> groups = new ArrayList<>();
    }
}
