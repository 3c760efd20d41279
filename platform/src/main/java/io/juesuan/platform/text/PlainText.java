package io.juesuan.platform.text;

import io.juesuan.platform.problem.ProblemException;

/**
 * What a text field of the platform may hold, for every door text comes in by (JSON bodies, CSV cells, query
 * parameters): printable Unicode, with tab, line feed and carriage return. NUL and the other control characters
 * (which PostgreSQL refuses or terminals and spreadsheets act on), unpaired surrogates (which are no characters at
 * all) and text beyond {@link #MAX_LENGTH} are refused, so that no free text can fail a write or fill a heap.
 */
public final class PlainText {

    /** More than any paragraph of a disclosure: the longest in the seed is under 1,000 characters. */
    public static final int MAX_LENGTH = 20_000;

    private PlainText() {
    }

    /** The text when it is plain text (or absent); otherwise invalid input naming {@code field}. */
    public static String checked(String field, String text) {
        String problem = problemWith(text);
        if (problem != null) {
            throw ProblemException.invalidField(field, problem);
        }
        return text;
    }

    /** Why {@code text} is not plain text, or null when it is. */
    public static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            return "文本过长（最多" + MAX_LENGTH + "字）/ text longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c < 0xA0) {
                return "含控制字符 U+" + String.format("%04X", (int) c) + " / holds the control character U+"
                        + String.format("%04X", (int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "含不成对的代理字符 / holds an unpaired surrogate, which is no character";
            }
        }
        return null;
    }
}
