package io.juesuan.gateway.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.gateway.web.JsonText;
import io.juesuan.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Applies one event to the read model in one transaction, under the department-year's row lock: stores the part
 * version (one already held is ignored), gives the publication its change-feed entry if it has none, and assembles
 * the disclosure versions that are missing. Applying an event twice, or replaying every topic, changes nothing
 * that is already there.
 */
@ApplicationScoped
public class PartEventApplier {

    private final EntityManager db;
    private final ObjectMapper json;
    private final ChangeRecorder changes;
    private final DisclosureVersionBuilder versions;

    PartEventApplier(EntityManager db, ObjectMapper json, ChangeRecorder changes, DisclosureVersionBuilder versions) {
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
        String[] key = event.key().split(":");
        String departmentCode = key[0];
        int year = Integer.parseInt(key[1]);
        versions.lock(departmentCode, year);
        int inserted = db.createNativeQuery("""
                        INSERT INTO part_version (department_code, fiscal_year, part, published_version, event_id,
                                                  occurred_at, received_at, payload)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, now(), CAST(?7 AS json))
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, departmentCode)
                .setParameter(2, year)
                .setParameter(3, part.aggregateType())
                .setParameter(4, event.publishedVersion())
                .setParameter(5, event.eventId())
                .setParameter(6, event.occurredAt())
                .setParameter(7, JsonText.write(json, event.payload()))
                .executeUpdate();
        String reason = event.payload().path("correctionReason").asText(null);
        boolean newChange = changes.record(departmentCode, year, part, event.publishedVersion(), reason,
                event.occurredAt());
        int built = inserted == 1 || newChange ? versions.catchUp(departmentCode, year) : 0;
        return new Applied(inserted == 1, newChange, built);
    }
}
