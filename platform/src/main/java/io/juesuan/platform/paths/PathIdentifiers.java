package io.juesuan.platform.paths;

import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;

import java.util.Map;
import java.util.function.Function;

/** The identifiers a path may carry: their types, the names they always go by, and the answer to a misspelling. */
final class PathIdentifiers {

    static final Map<Class<?>, Function<String, ?>> BY_TYPE = Map.of(
            DepartmentCode.class, DepartmentCode::parse,
            FiscalYear.class, FiscalYear::parse,
            TableNumber.class, TableNumber::parse,
            SerialNumber.class, SerialNumber::parse);

    static final Map<String, Function<String, ?>> BY_NAME = Map.of(
            "departmentCode", DepartmentCode::parse,
            "year", FiscalYear::parse,
            "no", TableNumber::parse,
            "version", SerialNumber::parse,
            "id", SerialNumber::parse);

    private PathIdentifiers() {
    }

    static ProblemException noSuchPath(IllegalArgumentException e) {
        return new ProblemException(ProblemType.NOT_FOUND, "路径不存在 / no such path: " + e.getMessage());
    }
}
