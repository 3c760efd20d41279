package io.juesuan.accounts.catalogue;

import java.util.Optional;

/**
 * 支出功能分类 codes: 类 3 digits (201), 款 5 (20113), 项 7 (2011301); each level extends its parent's code.
 */
public final class FunctionCode {

    /** The three levels, with the number of digits each has. */
    public enum Level {
        CLASS(3, "类"), SECTION(5, "款"), ITEM(7, "项");

        private final int digits;
        private final String label;

        Level(int digits, String label) {
            this.digits = digits;
            this.label = label;
        }

        public int digits() {
            return digits;
        }

        public String label() {
            return label;
        }
    }

    private FunctionCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && code.matches("^[0-9]{3}([0-9]{2}){0,2}$");
    }

    public static Level levelOf(String code) {
        return switch (code.length()) {
            case 3 -> Level.CLASS;
            case 5 -> Level.SECTION;
            case 7 -> Level.ITEM;
            default -> throw new IllegalArgumentException("not a function code: " + code);
        };
    }

    /** The code one level up (2011301 → 20113 → 201), empty for a 类. */
    public static Optional<String> parentOf(String code) {
        return code.length() == 3 ? Optional.empty() : Optional.of(code.substring(0, code.length() - 2));
    }

    /** The code at {@code level} that contains {@code code}. */
    public static String ancestorAt(String code, Level level) {
        return code.substring(0, level.digits());
    }
}
