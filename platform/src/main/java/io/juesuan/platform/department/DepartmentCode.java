package io.juesuan.platform.department;

import io.juesuan.platform.text.AsciiDigits;

/**
 * A department code as it appears in a path: exactly nine ASCII digits, the 6-digit division code (350502 鲤城区)
 * followed by the department's 3-digit sequence. Anything else, full-width or Arabic-Indic digits, signs and
 * spaces included, is not a department code.
 */
public record DepartmentCode(String value) {

    public DepartmentCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException(DepartmentYear.CODE_MESSAGE);
        }
    }

    public static DepartmentCode parse(String text) {
        return new DepartmentCode(text);
    }

    public static boolean isValid(String text) {
        return AsciiDigits.only(text, 9, 9);
    }

    /** The administrative division code inside the department code. */
    public String division() {
        return DepartmentYear.divisionOf(value);
    }

    /** True when this department lies under the division prefix (a department code starts with its division's). */
    public boolean isUnder(String divisionPrefix) {
        return divisionPrefix != null && !divisionPrefix.isEmpty() && value.startsWith(divisionPrefix);
    }

    @Override
    public String toString() {
        return value;
    }
}
