package io.juesuan.platform.text;

/**
 * Identifiers are written in ASCII digits only: {@link Character#isDigit} and {@link Integer#parseInt} also take
 * full-width (２) and Arabic-Indic (٢) digits, and a sign, which would give one code many spellings.
 */
public final class AsciiDigits {

    private AsciiDigits() {
    }

    /** True when {@code text} is {@code min} to {@code max} ASCII digits and nothing else. */
    public static boolean only(String text, int min, int max) {
        if (text == null || text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
