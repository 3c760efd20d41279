package io.juesuan.gateway.readmodel;

import jakarta.persistence.EntityManager;

/**
 * Announces that a department-year's served version changed, to every gateway replica listening on
 * {@link #CHANNEL}: PostgreSQL delivers it when the announcing transaction commits, never before, and not at all
 * if it rolls back. The payload is "departmentCode/year".
 */
public final class ServedVersionNotice {

    public static final String CHANNEL = "disclosure_head";

    private ServedVersionNotice() {
    }

    static void announce(EntityManager db, String departmentCode, int year) {
        db.createNativeQuery("SELECT 1 FROM pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL).setParameter(2, departmentCode + "/" + year)
                .getResultList();
    }
}
