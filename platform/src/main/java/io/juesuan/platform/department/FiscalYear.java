package io.juesuan.platform.department;

import io.juesuan.platform.text.AsciiDigits;

/**
 * A fiscal year as it appears in a path: exactly four ASCII digits between {@link DepartmentYear#FIRST_YEAR} and
 * {@link DepartmentYear#LAST_YEAR}. {@code 02020}, {@code +2020} and {@code ２０２０} are not years.
 */
public record FiscalYear(int value) {

    public static final String MESSAGE = "年度须为" + DepartmentYear.FIRST_YEAR + "至" + DepartmentYear.LAST_YEAR
            + "之间的4位数字 / a year is four digits from " + DepartmentYear.FIRST_YEAR + " to " + DepartmentYear.LAST_YEAR;

    public FiscalYear {
        if (value < DepartmentYear.FIRST_YEAR || value > DepartmentYear.LAST_YEAR) {
            throw new IllegalArgumentException(MESSAGE);
        }
    }

    public static FiscalYear parse(String text) {
        if (!AsciiDigits.only(text, 4, 4)) {
            throw new IllegalArgumentException(MESSAGE);
        }
        return new FiscalYear(Integer.parseInt(text));
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
