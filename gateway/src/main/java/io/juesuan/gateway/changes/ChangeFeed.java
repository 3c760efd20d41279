package io.juesuan.gateway.changes;

import io.juesuan.gateway.readmodel.ChangeEntry;
import io.juesuan.gateway.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Reads the change feed. Sequences commit in order (see the recorder), so reading "after n" in sequence order never
 * skips an entry that commits later.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeed {

    private final Sql db;

    ChangeFeed(Sql db) {
        this.db = db;
    }

    public List<ChangeEntry> after(long sequence, int limit) {
        return db.list("SELECT " + ChangeEntry.COLUMNS + " FROM change_entry WHERE sequence > ? ORDER BY sequence LIMIT ?",
                ChangeEntry::of, sequence, limit);
    }

    /** The last sequence given out. */
    public long head() {
        return db.one("SELECT last_sequence FROM change_counter WHERE id = 1", row -> row.getLong(1));
    }
}
