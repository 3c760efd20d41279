package io.juesuan.platform.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tab-separated data files that hold what changes by year or province (catalogues, layout profiles, grade
 * bands): one row a line, blank lines and {@code #} comments skipped.
 */
public final class TsvResource {

    private TsvResource() {
    }

    /** The rows of a classpath resource, or empty when there is no such resource. */
    public static Optional<List<String[]>> read(String resource) {
        return text(resource).map(text -> {
            List<String[]> rows = new ArrayList<>();
            text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> rows.add(line.split("\t")));
            return rows;
        });
    }

    /** A classpath resource's whole text (UTF-8), or empty when there is no such resource. */
    public static Optional<String> text(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
