package io.juesuan.gateway.web;

import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.problem.ProblemException;

/**
 * Query parameters parsed here rather than by JAX-RS: a value JAX-RS cannot convert would be answered 404, and it
 * is bad input, a 400 naming the parameter.
 */
public final class QueryParams {

    private static final String DIVISION = "^[0-9]{2,6}$";

    private QueryParams() {
    }

    /** A required fiscal year. */
    public static int year(String year) {
        if (year != null && year.matches("^[0-9]{4}$")) {
            int value = Integer.parseInt(year);
            if (value >= DepartmentYear.FIRST_YEAR && value <= DepartmentYear.LAST_YEAR) {
                return value;
            }
        }
        throw ProblemException.invalidField("year", "须为" + DepartmentYear.FIRST_YEAR + "至" + DepartmentYear.LAST_YEAR
                + "之间的年度 / a fiscal year from " + DepartmentYear.FIRST_YEAR + " to " + DepartmentYear.LAST_YEAR);
    }

    /** A division code prefix; empty, meaning every division, when absent. */
    public static String division(String division) {
        if (division == null) {
            return "";
        }
        if (!division.matches(DIVISION)) {
            throw ProblemException.invalidField("division",
                    "须为2至6位行政区划代码（前缀） / 2 to 6 digits of a division code");
        }
        return division;
    }
}
