package io.juesuan.gateway.disclosures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Reads assembled disclosures as stored: nothing is assembled per request. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Disclosures {

    private final EntityManager db;

    Disclosures(EntityManager db) {
        this.db = db;
    }

    /** The assembled document of a department-year as JSON text. */
    public Optional<String> document(String departmentCode, int year) {
        @SuppressWarnings("unchecked")
        List<String> rows = db.createNativeQuery(
                        "SELECT CAST(document AS text) FROM disclosure WHERE department_code = ?1 AND fiscal_year = ?2")
                .setParameter(1, departmentCode).setParameter(2, year).getResultList();
        return rows.stream().findFirst();
    }
}
