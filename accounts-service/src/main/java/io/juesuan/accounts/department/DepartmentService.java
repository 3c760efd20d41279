package io.juesuan.accounts.department;

import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Registers departments and finds them. */
@ApplicationScoped
@Transactional
public class DepartmentService {

    /** Creates or replaces a department; returns true when it was created. */
    public boolean save(DepartmentDocument document) {
        Department department = Department.findById(document.code());
        boolean created = department == null;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            department = new Department();
            department.code = document.code();
            department.divisionCode = DepartmentYear.divisionOf(document.code());
            department.createdAt = now;
        }
        department.name = document.name().strip();
        department.divisionName = document.divisionName() == null ? null : document.divisionName().strip();
        department.updatedAt = now;
        department.persist();
        return created;
    }

    public Optional<DepartmentView> find(String code) {
        return Department.<Department>findByIdOptional(code).map(DepartmentView::of);
    }

    /** Departments of a division (code prefix), ordered by code. */
    public List<DepartmentView> list(String divisionPrefix) {
        String prefix = divisionPrefix == null ? "" : divisionPrefix;
        return Department.<Department>find("code like ?1 order by code", prefix + "%").stream()
                .map(DepartmentView::of).toList();
    }

    /** The department, or 404 when it is not registered. */
    public Department require(String code) {
        return Department.<Department>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("部门 " + code + " 未登记 / department " + code
                        + " is not registered"));
    }
}
