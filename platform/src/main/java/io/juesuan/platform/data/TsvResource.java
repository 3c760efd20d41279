package io.juesuan.platform.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tab-separated data files that hold what changes by year or province (catalogues, templates, grade
 * bands): one row a line, blank lines and {@code #} comments skipped.
 */
public final class TsvResource {

    private TsvResource() {
    }

    /** The rows of a classpath resource, or empty when there is no such resource. */
    public static Optional<List<String[]>> read(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return Optional.of(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
