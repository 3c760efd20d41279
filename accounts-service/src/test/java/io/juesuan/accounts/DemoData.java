package io.juesuan.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed department's demo documents under {@code demo/}, the same files {@code make run} loads. */
final class DemoData {

    static final String SEED_DEPARTMENT = "350502001";

    private DemoData() {
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of("..", "demo", "350502001-2020", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's department document, moved to another code so each test owns its department. */
    static String departmentAs(String code) {
        return read("department.json").replace(SEED_DEPARTMENT, code);
    }
}
