package io.juesuan.accounts.template;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Table templates shipped as data per year ({@code templates/{year}/table01-expenditure.tsv}): another year is
 * a data file, not a code change.
 */
@ApplicationScoped
public class Templates {

    private final Map<Integer, Optional<ExpenditureTemplate>> cache = new ConcurrentHashMap<>();

    public Optional<ExpenditureTemplate> expenditure(int year) {
        return cache.computeIfAbsent(year, Templates::load);
    }

    private static Optional<ExpenditureTemplate> load(int year) {
        String resource = "templates/" + year + "/table01-expenditure.tsv";
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<TemplateRow> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                rows.add(new TemplateRow(Integer.parseInt(cells[0]), cells[1], cells[2]));
            }
            return Optional.of(new ExpenditureTemplate(year, List.copyOf(rows)));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
