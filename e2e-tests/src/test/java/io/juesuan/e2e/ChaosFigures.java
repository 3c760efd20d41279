package io.juesuan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Collectors;

/** What each fault scenario measured: one line per scenario, printed and kept in target/chaos-figures.txt. */
final class ChaosFigures {

    private ChaosFigures() {
    }

    static void report(Path root, String scenario, Map<String, Object> figures) {
        String line = "chaos | " + scenario + " | " + figures.entrySet().stream()
                .map(figure -> figure.getKey() + " " + figure.getValue()).collect(Collectors.joining(", "));
        System.out.println(line);
        try {
            Path file = root.resolve("e2e-tests/target/chaos-figures.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seconds(long fromNanos, long toNanos) {
        return String.format("%.1f s", (toNanos - fromNanos) / 1e9);
    }
}
