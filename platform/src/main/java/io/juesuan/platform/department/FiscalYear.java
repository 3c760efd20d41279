package io.juesuan.platform.department;

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
        if (text == null || text.length() != 4) {
            throw new IllegalArgumentException(MESSAGE);
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(MESSAGE);
            }
            year = year * 10 + (c - '0');
        }
        return new FiscalYear(year);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
