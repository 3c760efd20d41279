package io.juesuan.gateway.changes;

import io.juesuan.gateway.readmodel.ChangeEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Reads the change feed. Sequences commit in order (see the recorder), so reading "after n" in sequence order never
 * skips an entry that commits later.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeed {

    private final EntityManager db;

    ChangeFeed(EntityManager db) {
        this.db = db;
    }

    @SuppressWarnings("unchecked")
    public List<ChangeEntry> after(long sequence, int limit) {
        List<Object[]> rows = db.createNativeQuery("SELECT " + ChangeEntry.COLUMNS
                        + " FROM change_entry WHERE sequence > ?1 ORDER BY sequence LIMIT ?2")
                .setParameter(1, sequence).setParameter(2, limit).getResultList();
        return rows.stream().map(ChangeEntry::of).toList();
    }

    /** The last sequence given out. */
    public long head() {
        return ((Number) db.createNativeQuery("SELECT last_sequence FROM change_counter WHERE id = 1")
                .getSingleResult()).longValue();
    }
}
