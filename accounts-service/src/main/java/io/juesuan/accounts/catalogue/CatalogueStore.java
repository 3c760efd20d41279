package io.juesuan.accounts.catalogue;

import io.juesuan.platform.problem.Problem;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The catalogue versions in PostgreSQL: the current one of a year, any earlier one, and a new load, which is
 * refused when it removes or renames a code a published disclosure of the year uses, unless forced with a reason.
 */
@ApplicationScoped
public class CatalogueStore {

    private final EntityManager db;

    CatalogueStore(EntityManager db) {
        this.db = db;
    }

    /**
     * What a load did.
     *
     * @param loaded           the new version
     * @param sincePrevious    against the year's previous version; null for its first
     * @param sincePreviousYear against the current version of the year before; null when there is none
     */
    public record Load(CatalogueVersion loaded, CatalogueDiff sincePrevious, CatalogueDiff sincePreviousYear) {
    }

    @Transactional
    public Optional<CatalogueVersion> current(int year, CatalogueKind kind) {
        return CatalogueVersion.<CatalogueVersion>find("year = ?1 and kind = ?2 order by version desc", year, kind)
                .firstResultOptional();
    }

    @Transactional
    public Optional<CatalogueVersion> version(int year, CatalogueKind kind, long version) {
        if (version > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return CatalogueVersion.<CatalogueVersion>find("year = ?1 and kind = ?2 and version = ?3", year, kind,
                (int) version).firstResultOptional();
    }

    /** A year's current version: its id (what is read of it can be kept, for it never changes) and its year. */
    public record Current(long id, int year) {
    }

    /** The current version of the year nearest to {@code year} (earlier first on a tie) that has the kind. */
    @Transactional
    public Optional<Current> nearestCurrent(int year, CatalogueKind kind, int reach) {
        List<?> rows = db.createNativeQuery("""
                        SELECT id, fiscal_year FROM catalogue_version
                        WHERE kind = ?1 AND fiscal_year BETWEEN ?2 - ?3 AND ?2 + ?3
                        ORDER BY abs(fiscal_year - ?2), fiscal_year, version DESC LIMIT 1""")
                .setParameter(1, kind.name()).setParameter(2, year).setParameter(3, reach).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] cells = (Object[]) row;
            return new Current(((Number) cells[0]).longValue(), ((Number) cells[1]).intValue());
        });
    }

    /** The id of the newest version of any year and kind; 0 when there is none. */
    @Transactional
    public long newestId() {
        return ((Number) db.createNativeQuery("SELECT coalesce(max(id), 0) FROM catalogue_version").getSingleResult())
                .longValue();
    }

    @Transactional
    public Map<String, String> names(long versionId) {
        return CatalogueVersion.<CatalogueVersion>findById(versionId).names();
    }

    /**
     * Stores {@code entries} as the year's next version. Loads of one year and kind take turns, so versions are
     * numbered without gaps or clashes.
     *
     * @param reason required with {@code force}: why codes in use may be removed or renamed
     */
    @Transactional
    public Load load(int year, CatalogueKind kind, List<CatalogueEntry> entries, String loadedBy, String source,
                     boolean force, String reason) {
        db.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, lockKey(year, kind))
                .getSingleResult();
        Optional<CatalogueVersion> previous = current(year, kind);
        CatalogueVersion loaded = new CatalogueVersion();
        loaded.year = year;
        loaded.kind = kind;
        loaded.version = previous.map(p -> p.version + 1).orElse(1);
        loaded.loadedAt = OffsetDateTime.now();
        loaded.loadedBy = loadedBy;
        loaded.source = source;
        loaded.codes.addAll(entries);
        CatalogueDiff sincePrevious = previous.map(p -> CatalogueDiff.between(p, loaded)).orElse(null);
        if (sincePrevious != null) {
            refuseUnlessForced(year, kind, sincePrevious.removedOrRenamed(), force, reason);
        }
        loaded.reason = force ? reason.strip() : null;
        loaded.persist();
        CatalogueDiff sincePreviousYear = current(year - 1, kind).map(p -> CatalogueDiff.between(p, loaded))
                .orElse(null);
        return new Load(loaded, sincePrevious, sincePreviousYear);
    }

    /** Stores a shipped file as version 1 of its year, unless the year has a version already. */
    @Transactional
    public boolean seed(int year, CatalogueKind kind, List<CatalogueEntry> entries, String file) {
        db.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, lockKey(year, kind))
                .getSingleResult();
        if (current(year, kind).isPresent()) {
            return false;
        }
        load(year, kind, entries, "seed", file, false, null);
        return true;
    }

    private void refuseUnlessForced(int year, CatalogueKind kind, Set<String> changed, boolean force, String reason) {
        if (changed.isEmpty()) {
            return;
        }
        Map<String, Set<String>> users = publishedUsers(year, kind, changed);
        if (users.isEmpty()) {
            return;
        }
        if (!force) {
            List<Problem.FieldError> errors = new ArrayList<>();
            users.forEach((code, departments) -> errors.add(new Problem.FieldError("codes." + code,
                    "已公开的部门决算使用此科目 / used by the published disclosures of " + String.join("、", departments))));
            throw new ProblemException(ProblemType.CONFLICT, "本次载入删除或改名了 " + year + " 年度已公开决算使用的科目："
                    + String.join("、", users.keySet()) + "；如确需如此，请加 ?force=true 并说明理由（reason）/ the load "
                    + "removes or renames codes that published disclosures use: add ?force=true with a reason", errors);
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "强制载入须说明理由 / a forced load needs a reason");
        }
    }

    /** Per changed code, the departments whose published final accounts of the year use it or a code under it. */
    private Map<String, Set<String>> publishedUsers(int year, CatalogueKind kind, Set<String> changed) {
        String lines = kind == CatalogueKind.FUNCTION
                ? "SELECT final_accounts_id, function_code AS code FROM income_cell UNION "
                        + "SELECT final_accounts_id, function_code FROM expenditure_cell"
                : "SELECT final_accounts_id, economic_code AS code FROM economic_cell";
        List<?> rows = db.createNativeQuery("SELECT DISTINCT f.department_code, c.code FROM final_accounts f JOIN ("
                        + lines + ") c ON c.final_accounts_id = f.id WHERE f.fiscal_year = ?1 AND f.published_version > 0")
                .setParameter(1, year).getResultList();
        Map<String, Set<String>> users = new TreeMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            String department = (String) cells[0];
            String used = (String) cells[1];
            changed.stream().filter(used::startsWith)
                    .forEach(code -> users.computeIfAbsent(code, k -> new TreeSet<>()).add(department));
        }
        return users;
    }

    private static long lockKey(int year, CatalogueKind kind) {
        return 0x4341_5400_0000L + year * 10L + kind.ordinal();
    }
}
