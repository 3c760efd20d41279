package io.juesuan.platform.text;

/**
 * A text cell of a CSV file the platform writes (RFC 4180), made safe to open in a spreadsheet: text that a
 * spreadsheet would take for a formula (it begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return) is prefixed with an apostrophe, which spreadsheets show as text and do not evaluate. A lone
 * {@code -} (a cell the official tables leave empty that way) and plain numbers are not formulas and stay as they
 * are. Every CSV the platform produces writes its text cells through here.
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String text) {
        String safe = startsAFormula(text) ? "'" + text : text;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    static boolean startsAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        if (first == '+' || first == '-') {
            return text.length() > 1 && !isPlainNumber(text.substring(1));
        }
        return false;
    }

    private static boolean isPlainNumber(String text) {
        boolean digit = false;
        boolean point = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }
}
