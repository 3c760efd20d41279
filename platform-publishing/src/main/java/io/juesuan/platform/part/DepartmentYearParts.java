package io.juesuan.platform.part;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.function.Supplier;

/** Finds the working copy of a part by department and year. */
public final class DepartmentYearParts {

    private DepartmentYearParts() {
    }

    public static <E extends DepartmentYearPart> Optional<E> find(Class<E> type, String departmentCode, int year) {
        return query(type, departmentCode, year, LockModeType.NONE);
    }

    /**
     * Reads for update after taking the department's turn ({@link DepartmentLocks}), so saves and publications of
     * one department-year run one after the other, the first save of one included.
     */
    public static <E extends DepartmentYearPart> Optional<E> lock(Class<E> type, String departmentCode, int year) {
        DepartmentLocks.lock(departmentCode);
        return query(type, departmentCode, year, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The working copy a save overwrites, and whether it is new. */
    public record Writable<E extends DepartmentYearPart>(E part, boolean created) {
    }

    /**
     * Locks the existing working copy and checks the client's If-Match against it, or makes a new one. Either way
     * the save that follows counts as a new revision.
     */
    public static <E extends DepartmentYearPart> Writable<E> forWrite(Class<E> type, String departmentCode, int year,
                                                                      String ifMatch, Supplier<E> factory) {
        Optional<E> existing = lock(type, departmentCode, year);
        if (existing.isPresent()) {
            Revisions.checkIfMatch(ifMatch, existing.get().revision);
            return new Writable<>(existing.get(), false);
        }
        E fresh = factory.get();
        fresh.departmentCode = departmentCode;
        fresh.year = year;
        return new Writable<>(fresh, true);
    }

    /** Locks the working copy to publish after checking the client's If-Match; empty when there is none. */
    public static <E extends DepartmentYearPart> Optional<E> forPublish(Class<E> type, String departmentCode, int year,
                                                                        String ifMatch) {
        Optional<E> part = lock(type, departmentCode, year);
        part.ifPresent(p -> Revisions.checkIfMatch(ifMatch, p.revision));
        return part;
    }

    private static <E extends DepartmentYearPart> Optional<E> query(Class<E> type, String departmentCode, int year,
                                                                     LockModeType lock) {
        return Panache.getEntityManager()
                .createQuery("from " + type.getName() + " where departmentCode = :code and year = :year", type)
                .setParameter("code", departmentCode)
                .setParameter("year", year)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }
}
