package io.juesuan.accounts.catalogue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The two classifications a year's catalogue has, each with the lengths its codes may have. */
public enum CatalogueKind {
    /** 支出功能分类科目: 类 3 digits, 款 5, 项 7. */
    FUNCTION("function-codes", "支出功能分类科目", Set.of(3, 5, 7)),
    /** 支出经济分类科目 (部门预算): 类 3 digits, 款 5. */
    ECONOMIC("economic-codes", "支出经济分类科目", Set.of(3, 5));

    private final String path;
    private final String label;
    private final Set<Integer> lengths;

    CatalogueKind(String path, String label, Set<Integer> lengths) {
        this.path = path;
        this.label = label;
        this.lengths = lengths;
    }

    /** The path segment and the seed file's name: {@code function-codes}, {@code economic-codes}. */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public boolean allowsLength(int length) {
        return lengths.contains(length);
    }

    /** 类, 款 or 项 by the code's length. */
    public static String levelOf(String code) {
        return switch (code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            default -> "项";
        };
    }

    public static Optional<CatalogueKind> ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
