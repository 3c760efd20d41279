package io.juesuan.platform.paths;

/**
 * A positive number that names a row or a version in a path (a contract's id, a published version), written the
 * one canonical way: ASCII digits without a sign or leading zeros, at most 18 of them. {@code 012}, {@code +12}
 * and {@code 1e3} name nothing.
 */
public record SerialNumber(long value) {

    public static final String MESSAGE = "须为正整数 / a positive whole number without leading zeros";

    public SerialNumber {
        if (value < 1) {
            throw new IllegalArgumentException(MESSAGE);
        }
    }

    public static SerialNumber parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || text.charAt(0) == '0') {
            throw new IllegalArgumentException(MESSAGE);
        }
        long number = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(MESSAGE);
            }
            number = number * 10 + (c - '0');
        }
        return new SerialNumber(number);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
