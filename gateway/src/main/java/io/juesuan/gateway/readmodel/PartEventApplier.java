package io.juesuan.gateway.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.platform.events.EventEnvelope;
import io.juesuan.platform.part.DepartmentYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one event to the read model in one transaction: stores the version (a version already held is
 * ignored) and rebuilds the department-year's assembled disclosure under a row lock, so replicas applying events
 * of different parts of one department-year never overwrite each other.
 */
@ApplicationScoped
public class PartEventApplier {

    private final EntityManager db;
    private final ObjectMapper json;

    PartEventApplier(EntityManager db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Returns true when the event brought a version the read model did not hold. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean apply(Part part, EventEnvelope event) {
        String[] key = event.key().split(":");
        String departmentCode = key[0];
        int year = Integer.parseInt(key[1]);
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
                .setParameter(7, toJson(event.payload()))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        reassemble(departmentCode, year);
        return true;
    }

    private void reassemble(String departmentCode, int year) {
        db.createNativeQuery("""
                        INSERT INTO disclosure (department_code, fiscal_year, division_code, document, updated_at)
                        VALUES (?1, ?2, ?3, '{}'::json, now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, departmentCode).setParameter(2, year)
                .setParameter(3, DepartmentYear.divisionOf(departmentCode))
                .executeUpdate();
        db.createNativeQuery("SELECT 1 FROM disclosure WHERE department_code = ?1 AND fiscal_year = ?2 FOR UPDATE")
                .setParameter(1, departmentCode).setParameter(2, year).getSingleResult();

        @SuppressWarnings("unchecked")
        List<Object[]> latest = db.createNativeQuery("""
                        SELECT DISTINCT ON (part) part, CAST(payload AS text), occurred_at FROM part_version
                        WHERE department_code = ?1 AND fiscal_year = ?2
                        ORDER BY part, published_version DESC""")
                .setParameter(1, departmentCode).setParameter(2, year).getResultList();
        Map<Part, JsonNode> payloads = new EnumMap<>(Part.class);
        OffsetDateTime lastPublishedAt = null;
        for (Object[] row : latest) {
            Part.ofAggregateType((String) row[0]).ifPresent(p -> payloads.put(p, parse((String) row[1])));
            OffsetDateTime occurredAt = toOffsetDateTime(row[2]);
            if (lastPublishedAt == null || occurredAt.isAfter(lastPublishedAt)) {
                lastPublishedAt = occurredAt;
            }
        }
        JsonNode document = DisclosureAssembler.assemble(json, departmentCode, year, payloads, lastPublishedAt);
        db.createNativeQuery("""
                        UPDATE disclosure SET document = CAST(?3 AS json), department_name = ?4, updated_at = now()
                        WHERE department_code = ?1 AND fiscal_year = ?2""")
                .setParameter(1, departmentCode).setParameter(2, year)
                .setParameter(3, toJson(document))
                .setParameter(4, document.path("department").path("name").asText(null))
                .executeUpdate();
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private String toJson(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload is not JSON", e);
        }
    }
}
