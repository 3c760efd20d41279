package io.juesuan.gateway.readmodel;

import io.juesuan.gateway.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/**
 * Gives a publication its change-feed entry, once. The sequence comes from the counter row, locked until the
 * caller's transaction commits: two replicas number their entries one after the other, so the feed has no gaps
 * and commits in sequence order. The caller holds the department-year's row lock, so the disclosure version
 * counted here is not raced either.
 */
@ApplicationScoped
class ChangeRecorder {

    private final Sql db;

    ChangeRecorder(Sql db) {
        this.db = db;
    }

    /** Returns true when the publication had no entry yet and got one now. */
    boolean record(String departmentCode, int year, Part part, int partVersion, String reason,
                   OffsetDateTime publishedAt) {
        boolean exists = db.first("""
                        SELECT 1 FROM change_entry
                        WHERE department_code = ? AND fiscal_year = ? AND part = ? AND part_version = ?""",
                row -> true, departmentCode, year, part.aggregateType(), partVersion).isPresent();
        if (exists) {
            return false;
        }
        long sequence = db.one(
                "UPDATE change_counter SET last_sequence = last_sequence + 1 WHERE id = 1 RETURNING last_sequence",
                row -> row.getLong(1));
        db.update("""
                        INSERT INTO change_entry (sequence, department_code, fiscal_year, part, part_version, version,
                                                  kind, reason, published_at, recorded_at)
                        SELECT ?, ?, ?, ?, ?, count(*) + 1, ?, ?, ?, now() FROM change_entry
                        WHERE department_code = ? AND fiscal_year = ?""",
                sequence, departmentCode, year, part.aggregateType(), partVersion,
                partVersion == 1 ? "PUBLICATION" : "CORRECTION", reason, publishedAt, departmentCode, year);
        return true;
    }
}
