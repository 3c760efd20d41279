package io.juesuan.gateway.readmodel;

import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.events.EventEnvelope;

import java.util.Optional;

/** A department-year of the read model, ordered by code then year: the order its row locks are taken in. */
record DepartmentYearKey(String departmentCode, int year) implements Comparable<DepartmentYearKey> {

    /** The department-year an event's key names. */
    static DepartmentYearKey of(EventEnvelope event) {
        return parse(event.key()).orElseThrow();
    }

    static Optional<DepartmentYearKey> parse(String key) {
        if (!DepartmentYear.isKey(key)) {
            return Optional.empty();
        }
        return Optional.of(new DepartmentYearKey(key.substring(0, 9), Integer.parseInt(key.substring(10))));
    }

    @Override
    public int compareTo(DepartmentYearKey other) {
        int byCode = departmentCode.compareTo(other.departmentCode);
        return byCode != 0 ? byCode : Integer.compare(year, other.year);
    }
}
