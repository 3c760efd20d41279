package io.juesuan.accounts.department;

/** A department as the API and the published snapshots show it. */
public record DepartmentView(String code, String name, String divisionCode, String divisionName) {

    static DepartmentView of(Department department) {
        return new DepartmentView(department.code, department.name, department.divisionCode, department.divisionName);
    }
}
