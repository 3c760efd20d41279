package io.juesuan.platform.part;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A transaction's turn at a department's writes: a PostgreSQL advisory lock per department code, held until the
 * transaction ends. It is taken before any row is read for update, also where the row does not exist yet (a first
 * save, a batch registering the department), and a batch takes those of all its departments at once in code order:
 * writers of one department run one after the other, and two batches cannot deadlock, whatever their items' order.
 */
public final class DepartmentLocks {

    private DepartmentLocks() {
    }

    /** Waits for, then holds, the department's turn; taking it again in the same transaction is free. */
    public static void lock(String departmentCode) {
        lockAll(List.of(departmentCode));
    }

    /** The turns of all the departments, in code order. */
    public static void lockAll(Collection<String> departmentCodes) {
        for (String code : new TreeSet<>(departmentCodes)) {
            Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                    .setParameter(1, "department:" + code).getSingleResult();
        }
    }
}
