package io.juesuan.gateway.web;

import io.juesuan.platform.department.FiscalYear;
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
        try {
            return FiscalYear.parse(year).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("year", e.getMessage());
        }
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
