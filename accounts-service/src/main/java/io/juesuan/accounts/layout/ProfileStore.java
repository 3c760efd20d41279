package io.juesuan.accounts.layout;

import io.juesuan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout profile versions in PostgreSQL. A version never changes, so each is parsed once and kept; the file is
 * stored as loaded, so what a disclosure was printed with can always be shown again.
 */
@ApplicationScoped
public class ProfileStore {

    /** Who loaded a shipped file. */
    public static final String SEED = "seed";

    private final EntityManager db;
    private final Map<Long, LayoutProfile> parsed = new ConcurrentHashMap<>();

    ProfileStore(EntityManager db) {
        this.db = db;
    }

    /** A stored version with what it was loaded from. */
    public record Stored(LayoutProfile profile, String file, OffsetDateTime loadedAt, String loadedBy, String source) {
    }

    /** The newest version of every key, region then first year. */
    @Transactional
    public List<LayoutProfile> currentAll() {
        List<?> ids = db.createNativeQuery("""
                SELECT DISTINCT ON (region, from_year) id FROM layout_profile
                ORDER BY region, from_year, version DESC""").getResultList();
        return ids.stream().map(id -> byId(((Number) id).longValue()).orElseThrow()).toList();
    }

    /** The newest version of a key, or {@code version} of it. */
    @Transactional
    public Optional<Stored> find(ProfileKey key, Integer version) {
        List<?> rows = db.createNativeQuery("""
                        SELECT id, file, loaded_at, loaded_by, source FROM layout_profile
                        WHERE region = ?1 AND from_year = ?2 AND (?3 = 0 OR version = ?3)
                        ORDER BY version DESC LIMIT 1""")
                .setParameter(1, key.region()).setParameter(2, key.fromYear())
                .setParameter(3, version == null ? 0 : version).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] cells = (Object[]) row;
            return new Stored(byId(((Number) cells[0]).longValue()).orElseThrow(), (String) cells[1],
                    timestamp(cells[2]), (String) cells[3], (String) cells[4]);
        });
    }

    /** A version by its id, parsed once. */
    @Transactional
    public Optional<LayoutProfile> byId(long id) {
        LayoutProfile known = parsed.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        List<?> rows = db.createNativeQuery("SELECT version, file FROM layout_profile WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] cells = (Object[]) row;
            LayoutProfile profile = new LayoutProfile(id, ((Number) cells[0]).intValue(),
                    ProfileFile.read((String) cells[1]));
            parsed.put(id, profile);
            return profile;
        });
    }

    /** The id of the newest version of any key; 0 when there is none. */
    @Transactional
    public long newestId() {
        return ((Number) db.createNativeQuery("SELECT coalesce(max(id), 0) FROM layout_profile").getSingleResult())
                .longValue();
    }

    /**
     * Stores a checked file as the next version of its key. Loads of one key take turns, so versions are numbered
     * without gaps or clashes.
     */
    @Transactional
    public LayoutProfile load(ProfileDefinition definition, String file, String loadedBy, String source) {
        ProfileKey key = definition.key();
        db.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, lockKey(key)).getSingleResult();
        int version = find(key, null).map(stored -> stored.profile().version() + 1).orElse(1);
        Object id = db.createNativeQuery("""
                        INSERT INTO layout_profile (region, from_year, version, name, file, loaded_at, loaded_by, source)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id""")
                .setParameter(1, key.region()).setParameter(2, key.fromYear()).setParameter(3, version)
                .setParameter(4, definition.name()).setParameter(5, file).setParameter(6, OffsetDateTime.now())
                .setParameter(7, loadedBy).setParameter(8, source).getSingleResult();
        LayoutProfile profile = new LayoutProfile(((Number) id).longValue(), version, definition);
        parsed.put(profile.id(), profile);
        return profile;
    }

    /**
     * Stores a shipped file as the next version of its key when the key has none, or when its current version is an
     * earlier shipped file that this release changed. A version a region loaded itself is never replaced.
     */
    @Transactional
    public boolean seed(ProfileDefinition definition, String file, String resource) {
        db.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, lockKey(definition.key()))
                .getSingleResult();
        // the current version's file as stored, not parsed: what a start compares never depends on reading it
        List<?> current = db.createNativeQuery("SELECT loaded_by, file FROM layout_profile WHERE region = ?1 "
                        + "AND from_year = ?2 ORDER BY version DESC LIMIT 1")
                .setParameter(1, definition.key().region()).setParameter(2, definition.key().fromYear())
                .getResultList();
        if (!current.isEmpty()) {
            Object[] cells = (Object[]) current.get(0);
            if (!SEED.equals(cells[0]) || file.equals(cells[1])) {
                return false;
            }
        }
        load(definition, file, SEED, resource);
        return true;
    }

    /** A 404 problem for a key or version the store does not have. */
    public static ProblemException notFound(ProfileKey key, Integer version) {
        return ProblemException.notFound("没有版式 " + key + (version == null ? "" : " 第 " + version + " 版")
                + " / no layout profile " + key + (version == null ? "" : " version " + version));
    }

    /** A timestamptz as the driver gives it to a native query: an Instant, or an OffsetDateTime. */
    private static OffsetDateTime timestamp(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : (OffsetDateTime) value;
    }

    private static long lockKey(ProfileKey key) {
        return 0x4c41_5900_0000L ^ ((long) key.region().hashCode() << 12) ^ key.fromYear();
    }
}
