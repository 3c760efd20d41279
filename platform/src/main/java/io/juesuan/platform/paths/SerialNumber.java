package io.juesuan.platform.paths;

import io.juesuan.platform.text.AsciiDigits;

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
        if (!AsciiDigits.only(text, 1, 18) || text.charAt(0) == '0') {
            throw new IllegalArgumentException(MESSAGE);
        }
        return new SerialNumber(Long.parseLong(text));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
