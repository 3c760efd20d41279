package io.juesuan.gateway.disclosures;

import io.juesuan.gateway.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Reads assembled disclosures as stored: nothing is assembled per request. Drafts never reach this store. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Disclosures {

    /** One published version of a disclosure, its document as JSON text. */
    public record Stored(int version, OffsetDateTime publishedAt, String document) {
    }

    /** What a conditional request needs to answer 304 without reading the document. */
    public record Head(int version, OffsetDateTime publishedAt) {
    }

    private final Sql db;

    Disclosures(Sql db) {
        this.db = db;
    }

    public Optional<Head> head(String departmentCode, int year) {
        return db.first("""
                        SELECT version, last_published_at FROM disclosure
                        WHERE department_code = ? AND fiscal_year = ? AND version > 0""",
                row -> new Head(row.getInt(1), row.getObject(2, OffsetDateTime.class)), departmentCode, year);
    }

    /** A published version's number and time, without its document. */
    public Optional<Head> head(String departmentCode, int year, int version) {
        return db.first("""
                        SELECT version, published_at FROM disclosure_version
                        WHERE department_code = ? AND fiscal_year = ? AND version = ?""",
                row -> new Head(row.getInt(1), row.getObject(2, OffsetDateTime.class)), departmentCode, year, version);
    }

    public Optional<Stored> version(String departmentCode, int year, int version) {
        return db.first("""
                        SELECT version, published_at, document FROM disclosure_version
                        WHERE department_code = ? AND fiscal_year = ? AND version = ?""",
                row -> new Stored(row.getInt(1), row.getObject(2, OffsetDateTime.class), row.getString(3)),
                departmentCode, year, version);
    }
}
