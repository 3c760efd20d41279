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

    /**
     * Returns true when the publication had no entry yet and got one now. One statement, one round trip: the counter
     * moves only when the entry is missing, and the entry takes the moved value.
     */
    boolean record(String departmentCode, int year, Part part, int partVersion, String reason,
                   OffsetDateTime publishedAt) {
        return db.update("""
                        WITH next AS (
                            UPDATE change_counter SET last_sequence = last_sequence + 1
                            WHERE id = 1 AND NOT EXISTS (
                                SELECT 1 FROM change_entry
                                WHERE department_code = ? AND fiscal_year = ? AND part = ? AND part_version = ?)
                            RETURNING last_sequence)
                        INSERT INTO change_entry (sequence, department_code, fiscal_year, part, part_version, version,
                                                  kind, reason, published_at, recorded_at)
                        SELECT next.last_sequence, ?, ?, ?, ?,
                               (SELECT count(*) + 1 FROM change_entry WHERE department_code = ? AND fiscal_year = ?),
                               ?, ?, ?, now()
                        FROM next""",
                departmentCode, year, part.aggregateType(), partVersion,
                departmentCode, year, part.aggregateType(), partVersion, departmentCode, year,
                partVersion == 1 ? "PUBLICATION" : "CORRECTION", reason, publishedAt) == 1;
    }
}
