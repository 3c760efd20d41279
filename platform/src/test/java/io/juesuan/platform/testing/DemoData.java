package io.juesuan.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The seed department's demo documents under {@code demo/}: the same files {@code make run} loads, so the demo
 * is tested. Tests run with a module folder as working directory.
 */
public final class DemoData {

    public static final String SEED_DEPARTMENT = "350502001";

    private DemoData() {
    }

    /** A file of the seed year, 2020. */
    public static String read(String file) {
        return read(2020, file);
    }

    /** A file of the demo department's given year. */
    public static String read(int year, String file) {
        return read(SEED_DEPARTMENT, year, file);
    }

    /** A file of another demo department-year, e.g. the synthetic Shanghai one (310101001, 2024). */
    public static String read(String department, int year, String file) {
        Path root = Files.isDirectory(Path.of("demo")) ? Path.of("demo") : Path.of("..", "demo");
        try {
            return Files.readString(root.resolve(department + "-" + year).resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's department document, moved to another code so each test owns its department. */
    public static String departmentAs(String code) {
        return read("department.json").replace(SEED_DEPARTMENT, code);
    }

    /**
     * A random well-formed department code in Fujian, like the seed's (so it is printed with the seed's layout
     * profile), so reruns against the same databases never collide.
     */
    public static String randomDepartmentCode() {
        return randomDepartmentCodeIn("35");
    }

    /** A random well-formed department code in a province (a two-digit division prefix), e.g. 31 for Shanghai. */
    public static String randomDepartmentCodeIn(String province) {
        return province + ThreadLocalRandom.current().nextLong(1_000_000L, 10_000_000L);
    }
}
