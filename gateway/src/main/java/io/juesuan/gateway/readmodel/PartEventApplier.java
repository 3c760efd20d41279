package io.juesuan.gateway.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.gateway.sql.Sql;
import io.juesuan.gateway.web.JsonText;
import io.juesuan.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Applies one event to the read model in one transaction, under the department-year's row lock: stores the part
 * version (one already held is ignored), gives the publication its change-feed entry if it has none, and assembles
 * the disclosure versions that are missing. Applying an event twice, or replaying every topic, changes nothing
 * that is already there.
 */
@ApplicationScoped
public class PartEventApplier {

    private final Sql db;
    private final ObjectMapper json;
    private final ChangeRecorder changes;
    private final DisclosureVersionBuilder versions;

    PartEventApplier(Sql db, ObjectMapper json, ChangeRecorder changes, DisclosureVersionBuilder versions) {
        this.db = db;
        this.json = json;
        this.changes = changes;
        this.versions = versions;
    }

    /** What applying an event did. */
    public record Applied(boolean newPartVersion, boolean newChange, int disclosureVersions) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Applied apply(Part part, EventEnvelope event) {
        DepartmentYearKey key = DepartmentYearKey.of(event);
        versions.lock(key.departmentCode(), key.year());
        Stored stored = store(key, part, event);
        int built = stored.changed() ? versions.catchUp(key.departmentCode(), key.year()) : 0;
        return new Applied(stored.newPartVersion(), stored.newChange(), built);
    }

    /**
     * An event of a group, read only when its turn comes: a group's events are large (a whole published part
     * each), so none is held as a tree longer than it takes to store it.
     *
     * @param key  the department-year the record's key names, {@code departmentCode:year}
     * @param read the event, or empty when the record is not a well-formed event (skipped)
     */
    public record Pending(String key, Supplier<Optional<TopicEvents.PartEvent>> read) {
    }

    /**
     * Applies several events in one transaction, each department-year's versions assembled once after all its events
     * are stored: a publication day's burst costs one commit per group, not one per event. Returns the disclosure
     * versions assembled.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int applyAll(List<Pending> events) {
        // every row lock first, in key order: replicas applying overlapping groups then never wait on each other
        // in a cycle, and none is waiting for one while holding the change counter
        SortedSet<DepartmentYearKey> locked = new TreeSet<>();
        events.forEach(e -> DepartmentYearKey.parse(e.key()).ifPresent(locked::add));
        locked.forEach(key -> versions.lock(key.departmentCode(), key.year()));
        Set<DepartmentYearKey> changed = new TreeSet<>();
        for (Pending pending : events) {
            Optional<TopicEvents.PartEvent> read = pending.read().get();
            if (read.isEmpty()) {
                continue;
            }
            DepartmentYearKey key = DepartmentYearKey.of(read.get().event());
            if (locked.add(key)) {
                // a record keyed unlike its event: its department-year is locked now
                versions.lock(key.departmentCode(), key.year());
            }
            if (store(key, read.get().part(), read.get().event()).changed()) {
                changed.add(key);
            }
        }
        int built = 0;
        for (DepartmentYearKey key : changed) {
            built += versions.catchUp(key.departmentCode(), key.year());
        }
        return built;
    }

    private record Stored(boolean newPartVersion, boolean newChange) {

        boolean changed() {
            return newPartVersion || newChange;
        }
    }

    /** Stores the part version (one already held is ignored) and gives the publication its feed entry once. */
    private Stored store(DepartmentYearKey key, Part part, EventEnvelope event) {
        int inserted = db.update("""
                        INSERT INTO part_version (department_code, fiscal_year, part, published_version, event_id,
                                                  occurred_at, received_at, payload)
                        VALUES (?, ?, ?, ?, ?, ?, now(), ?)
                        ON CONFLICT DO NOTHING""",
                key.departmentCode(), key.year(), part.aggregateType(), event.publishedVersion(), event.eventId(),
                event.occurredAt(), JsonText.write(json, event.payload()));
        String reason = event.payload().path("correctionReason").asText(null);
        boolean newChange = changes.record(key.departmentCode(), key.year(), part, event.publishedVersion(), reason,
                event.occurredAt());
        return new Stored(inserted == 1, newChange);
    }
}
