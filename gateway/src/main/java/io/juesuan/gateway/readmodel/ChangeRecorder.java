package io.juesuan.gateway.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Gives a publication its change-feed entry, once. The sequence comes from the counter row, locked until the
 * caller's transaction commits: two replicas number their entries one after the other, so the feed has no gaps
 * and commits in sequence order. The caller holds the department-year's row lock, so the disclosure version
 * counted here is not raced either.
 */
@ApplicationScoped
class ChangeRecorder {

    private final EntityManager db;

    ChangeRecorder(EntityManager db) {
        this.db = db;
    }

    /** Returns true when the publication had no entry yet and got one now. */
    boolean record(String departmentCode, int year, Part part, int partVersion, String reason,
                   OffsetDateTime publishedAt) {
        List<?> existing = db.createNativeQuery("""
                        SELECT 1 FROM change_entry
                        WHERE department_code = ?1 AND fiscal_year = ?2 AND part = ?3 AND part_version = ?4""")
                .setParameter(1, departmentCode).setParameter(2, year).setParameter(3, part.aggregateType())
                .setParameter(4, partVersion).getResultList();
        if (!existing.isEmpty()) {
            return false;
        }
        long sequence = ((Number) db.createNativeQuery(
                        "UPDATE change_counter SET last_sequence = last_sequence + 1 WHERE id = 1 RETURNING last_sequence")
                .getSingleResult()).longValue();
        db.createNativeQuery("""
                        INSERT INTO change_entry (sequence, department_code, fiscal_year, part, part_version, version,
                                                  kind, reason, published_at, recorded_at)
                        SELECT ?1, ?2, ?3, ?4, ?5, count(*) + 1, ?6, ?7, ?8, now() FROM change_entry
                        WHERE department_code = ?2 AND fiscal_year = ?3""")
                .setParameter(1, sequence).setParameter(2, departmentCode).setParameter(3, year)
                .setParameter(4, part.aggregateType()).setParameter(5, partVersion)
                .setParameter(6, partVersion == 1 ? "PUBLICATION" : "CORRECTION")
                .setParameter(7, reason).setParameter(8, publishedAt)
                .executeUpdate();
        return true;
    }
}
