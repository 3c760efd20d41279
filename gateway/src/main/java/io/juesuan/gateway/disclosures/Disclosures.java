package io.juesuan.gateway.disclosures;

import io.juesuan.gateway.readmodel.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
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

    private final EntityManager db;

    Disclosures(EntityManager db) {
        this.db = db;
    }

    public Optional<Head> head(String departmentCode, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT version, last_published_at FROM disclosure
                        WHERE department_code = ?1 AND fiscal_year = ?2 AND version > 0""")
                .setParameter(1, departmentCode).setParameter(2, year).getResultList();
        return rows.stream().findFirst().map(r -> new Head(((Number) r[0]).intValue(), Timestamps.of(r[1])));
    }

    /** A published version's number and time, without its document. */
    public Optional<Head> head(String departmentCode, int year, int version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT version, published_at FROM disclosure_version
                        WHERE department_code = ?1 AND fiscal_year = ?2 AND version = ?3""")
                .setParameter(1, departmentCode).setParameter(2, year).setParameter(3, version).getResultList();
        return rows.stream().findFirst().map(r -> new Head(((Number) r[0]).intValue(), Timestamps.of(r[1])));
    }

    public Optional<Stored> version(String departmentCode, int year, int version) {
        return first(db.createNativeQuery("""
                        SELECT version, published_at, document FROM disclosure_version
                        WHERE department_code = ?1 AND fiscal_year = ?2 AND version = ?3""")
                .setParameter(1, departmentCode).setParameter(2, year).setParameter(3, version).getResultList());
    }

    private static Optional<Stored> first(List<?> rows) {
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Stored(((Number) r[0]).intValue(), Timestamps.of(r[1]), (String) r[2]);
        });
    }
}
