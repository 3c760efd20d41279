package io.juesuan.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The figures the seed prints, per table: {@code row/column} → 万元 (from seed-2020-printed-cells.tsv). */
final class SeedTables {

    private SeedTables() {
    }

    static Map<String, Map<String, BigDecimal>> printedCells() {
        Map<String, Map<String, BigDecimal>> tables = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                SeedTables.class.getResourceAsStream("/seed-2020-printed-cells.tsv")), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split("\t");
                tables.computeIfAbsent(cells[0], k -> new LinkedHashMap<>())
                        .put(cells[1] + "/" + cells[2], new BigDecimal(cells[3]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }
}
