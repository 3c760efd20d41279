package io.juesuan.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.gateway.web.JsonText;
import io.juesuan.platform.part.DepartmentYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assembles the versions of a department-year's disclosure that its change entries name and the read model does
 * not hold yet, in sequence order, and makes the newest the served version, its facts copied to the disclosure row.
 * Version n holds, of each part, the highest part version among the first n entries, so a rebuild from the same
 * entries gives the same documents.
 */
@ApplicationScoped
class DisclosureVersionBuilder {

    private final EntityManager db;
    private final ObjectMapper json;

    DisclosureVersionBuilder(EntityManager db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Takes the department-year's row lock, creating the row at the first event: held until commit. */
    void lock(String departmentCode, int year) {
        db.createNativeQuery("""
                        INSERT INTO disclosure (department_code, fiscal_year, division_code, updated_at)
                        VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, departmentCode).setParameter(2, year)
                .setParameter(3, DepartmentYear.divisionOf(departmentCode))
                .executeUpdate();
        db.createNativeQuery("SELECT 1 FROM disclosure WHERE department_code = ?1 AND fiscal_year = ?2 FOR UPDATE")
                .setParameter(1, departmentCode).setParameter(2, year).getSingleResult();
    }

    /**
     * Returns the number of versions assembled now. The served document only moves forward: while a rebuild has
     * re-applied the first versions only, readers keep the newest one.
     */
    int catchUp(String departmentCode, int year) {
        List<ChangeEntry> entries = entries(departmentCode, year);
        Set<Integer> built = builtVersions(departmentCode, year);
        if (built.size() >= entries.size()) {
            return 0;
        }
        List<Map<Part, Integer>> holdings = holdings(entries);
        // usually only the newest entry lacks its version: read and parse just the payloads missing versions hold,
        // not every version of a department-year corrected many times
        Map<Part, Set<Integer>> needed = new EnumMap<>(Part.class);
        for (int i = 0; i < entries.size(); i++) {
            if (!built.contains(entries.get(i).version())) {
                holdings.get(i).forEach((part, version) -> needed.computeIfAbsent(part, p -> new TreeSet<>()).add(version));
            }
        }
        Map<Part, Map<Integer, String>> payloads = payloads(departmentCode, year, needed);
        Map<Part, Map<Integer, JsonNode>> parsed = new EnumMap<>(Part.class);
        ObjectNode newest = null;
        int added = 0;
        for (int i = 0; i < entries.size(); i++) {
            ChangeEntry entry = entries.get(i);
            if (built.contains(entry.version())) {
                continue;
            }
            Map<Part, JsonNode> documents = new EnumMap<>(Part.class);
            for (Map.Entry<Part, Integer> held : holdings.get(i).entrySet()) {
                String payload = payloads.getOrDefault(held.getKey(), Map.of()).get(held.getValue());
                if (payload == null) {
                    // during a rebuild the event of this version has not been re-applied yet: it will be
                    return store(departmentCode, year, newest, added);
                }
                documents.put(held.getKey(), parsed.computeIfAbsent(held.getKey(), p -> new HashMap<>())
                        .computeIfAbsent(held.getValue(), v -> JsonText.read(json, payload)));
            }
            newest = DisclosureAssembler.assemble(json, departmentCode, year, documents, entries.subList(0, i + 1));
            insertVersion(entry, JsonText.write(json, newest));
            added++;
        }
        return store(departmentCode, year, newest, added);
    }

    /** What each version holds: of each part, the highest part version among the entries up to its own. */
    private static List<Map<Part, Integer>> holdings(List<ChangeEntry> entries) {
        List<Map<Part, Integer>> holdings = new ArrayList<>(entries.size());
        Map<Part, Integer> current = new EnumMap<>(Part.class);
        for (ChangeEntry entry : entries) {
            current.merge(Part.ofAggregateType(entry.part()).orElseThrow(), entry.partVersion(), Math::max);
            holdings.add(new EnumMap<>(current));
        }
        return holdings;
    }

    private int store(String departmentCode, int year, ObjectNode newest, int added) {
        if (newest == null) {
            return added;
        }
        DisclosureFacts facts = DisclosureFacts.of(newest);
        int moved = db.createNativeQuery("""
                        UPDATE disclosure SET department_name = ?3, version = ?4,
                               last_published_at = CAST(?5 AS timestamptz), updated_at = now(),
                               income_total = ?6, expenditure_total = ?7, three_public_actual = ?8,
                               three_public_budget = ?9, procurement_total = ?10, procurement_sme = ?11,
                               procurement_small_micro = ?12, grades = CAST(?13 AS json),
                               accounts_published_at = ?14, approval_number = ?15, approval_date = ?16
                        WHERE department_code = ?1 AND fiscal_year = ?2 AND version <= ?4""")
                .setParameter(1, departmentCode).setParameter(2, year)
                .setParameter(3, newest.path("department").path("name").asText(null))
                .setParameter(4, newest.path("version").asInt())
                .setParameter(5, newest.path("lastPublishedAt").asText())
                .setParameter(6, facts.incomeTotal())
                .setParameter(7, facts.expenditureTotal())
                .setParameter(8, facts.threePublicActual())
                .setParameter(9, facts.threePublicBudget())
                .setParameter(10, facts.procurementTotal())
                .setParameter(11, facts.procurementSme())
                .setParameter(12, facts.procurementSmallMicro())
                .setParameter(13, JsonText.write(json, facts.grades()))
                .setParameter(14, facts.accountsPublishedAt())
                .setParameter(15, facts.approvalNumber())
                .setParameter(16, facts.approvalDate())
                .executeUpdate();
        if (moved > 0) {
            ServedVersionNotice.announce(db, departmentCode, year);
        }
        return added;
    }

    private void insertVersion(ChangeEntry entry, String document) {
        db.createNativeQuery("""
                        INSERT INTO disclosure_version (department_code, fiscal_year, version, published_at, document)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, entry.departmentCode()).setParameter(2, entry.year())
                .setParameter(3, entry.version()).setParameter(4, entry.publishedAt())
                .setParameter(5, document)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<ChangeEntry> entries(String departmentCode, int year) {
        List<Object[]> rows = db.createNativeQuery("SELECT " + ChangeEntry.COLUMNS
                        + " FROM change_entry WHERE department_code = ?1 AND fiscal_year = ?2 ORDER BY sequence")
                .setParameter(1, departmentCode).setParameter(2, year).getResultList();
        return rows.stream().map(ChangeEntry::of).toList();
    }

    @SuppressWarnings("unchecked")
    private Set<Integer> builtVersions(String departmentCode, int year) {
        List<Number> rows = db.createNativeQuery(
                        "SELECT version FROM disclosure_version WHERE department_code = ?1 AND fiscal_year = ?2")
                .setParameter(1, departmentCode).setParameter(2, year).getResultList();
        Set<Integer> versions = new HashSet<>();
        rows.forEach(v -> versions.add(v.intValue()));
        return versions;
    }

    /** The payloads of the given part versions that the read model holds. */
    @SuppressWarnings("unchecked")
    private Map<Part, Map<Integer, String>> payloads(String departmentCode, int year, Map<Part, Set<Integer>> wanted) {
        Map<Part, Map<Integer, String>> payloads = new EnumMap<>(Part.class);
        if (wanted.isEmpty()) {
            return payloads;
        }
        StringBuilder which = new StringBuilder();
        List<Object> values = new ArrayList<>();
        wanted.forEach((part, versions) -> versions.forEach(version -> {
            int next = values.size() + 3;
            which.append(values.isEmpty() ? "" : " OR ")
                    .append("(part = ?").append(next).append(" AND published_version = ?").append(next + 1).append(')');
            values.add(part.aggregateType());
            values.add(version);
        }));
        Query query = db.createNativeQuery("SELECT part, published_version, payload FROM part_version"
                        + " WHERE department_code = ?1 AND fiscal_year = ?2 AND (" + which + ")")
                .setParameter(1, departmentCode).setParameter(2, year);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 3, values.get(i));
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            Part.ofAggregateType((String) row[0]).ifPresent(part -> payloads.computeIfAbsent(part, p -> new HashMap<>())
                    .put(((Number) row[1]).intValue(), (String) row[2]));
        }
        return payloads;
    }
}
