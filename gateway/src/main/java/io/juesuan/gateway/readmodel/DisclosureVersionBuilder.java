package io.juesuan.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.gateway.sql.Sql;
import io.juesuan.gateway.web.JsonText;
import io.juesuan.platform.department.DepartmentYear;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
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

    private final Sql db;
    private final ObjectMapper json;

    DisclosureVersionBuilder(Sql db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Takes the department-year's row lock, creating the row at the first event: held until commit. */
    void lock(String departmentCode, int year) {
        db.update("""
                        INSERT INTO disclosure (department_code, fiscal_year, division_code, updated_at)
                        VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING""",
                departmentCode, year, DepartmentYear.divisionOf(departmentCode));
        db.one("SELECT 1 FROM disclosure WHERE department_code = ? AND fiscal_year = ? FOR UPDATE",
                row -> row.getInt(1), departmentCode, year);
    }

    /**
     * Returns the number of versions assembled now. The served document only moves forward: while a rebuild has
     * re-applied the first versions only, readers keep the newest one.
     */
    int catchUp(String departmentCode, int year) {
        List<Listed> listed = entries(departmentCode, year);
        if (listed.stream().allMatch(Listed::built)) {
            return 0;
        }
        List<ChangeEntry> entries = listed.stream().map(Listed::entry).toList();
        List<Map<Part, Integer>> holdings = holdings(entries);
        // usually only the newest entry lacks its version: read and parse just the payloads missing versions hold,
        // not every version of a department-year corrected many times
        Map<Part, Set<Integer>> needed = new EnumMap<>(Part.class);
        for (int i = 0; i < entries.size(); i++) {
            if (!listed.get(i).built()) {
                holdings.get(i).forEach((part, version) -> needed.computeIfAbsent(part, p -> new TreeSet<>()).add(version));
            }
        }
        Map<Part, Map<Integer, String>> payloads = payloads(departmentCode, year, needed);
        Map<Part, Map<Integer, JsonNode>> parsed = new EnumMap<>(Part.class);
        ObjectNode newest = null;
        int added = 0;
        for (int i = 0; i < entries.size(); i++) {
            ChangeEntry entry = entries.get(i);
            if (listed.get(i).built()) {
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
        int version = newest.path("version").asInt();
        // the row moves only forward; a row that moved is announced in the same round trip
        db.list("""
                        UPDATE disclosure SET department_name = ?, version = ?,
                               last_published_at = CAST(? AS timestamptz), updated_at = now(),
                               income_total = ?, expenditure_total = ?, three_public_actual = ?,
                               three_public_budget = ?, procurement_total = ?, procurement_sme = ?,
                               procurement_small_micro = ?, grades = CAST(? AS json),
                               accounts_published_at = ?, approval_number = ?, approval_date = ?
                        WHERE department_code = ? AND fiscal_year = ? AND version <= ?
                        """ + ServedVersionNotice.ANNOUNCE_UPDATED_ROWS,
                row -> true,
                newest.path("department").path("name").asText(null), version,
                newest.path("lastPublishedAt").asText(), facts.incomeTotal(), facts.expenditureTotal(),
                facts.threePublicActual(), facts.threePublicBudget(), facts.procurementTotal(),
                facts.procurementSme(), facts.procurementSmallMicro(), JsonText.write(json, facts.grades()),
                facts.accountsPublishedAt(), facts.approvalNumber(), facts.approvalDate(),
                departmentCode, year, version);
        return added;
    }

    private void insertVersion(ChangeEntry entry, String document) {
        db.update("""
                        INSERT INTO disclosure_version (department_code, fiscal_year, version, published_at, document)
                        VALUES (?, ?, ?, ?, ?)""",
                entry.departmentCode(), entry.year(), entry.version(), entry.publishedAt(), document);
    }

    /** A change entry of the department-year, and whether its version is assembled already. */
    private record Listed(ChangeEntry entry, boolean built) {
    }

    private List<Listed> entries(String departmentCode, int year) {
        return db.list("SELECT " + ChangeEntry.COLUMNS + """
                        , EXISTS (SELECT 1 FROM disclosure_version v
                                  WHERE v.department_code = change_entry.department_code
                                    AND v.fiscal_year = change_entry.fiscal_year AND v.version = change_entry.version)
                        FROM change_entry WHERE department_code = ? AND fiscal_year = ? ORDER BY sequence""",
                row -> new Listed(ChangeEntry.of(row), row.getBoolean(ChangeEntry.COLUMN_COUNT + 1)),
                departmentCode, year);
    }

    /** The payloads of the given part versions that the read model holds. */
    private Map<Part, Map<Integer, String>> payloads(String departmentCode, int year, Map<Part, Set<Integer>> wanted) {
        Map<Part, Map<Integer, String>> payloads = new EnumMap<>(Part.class);
        if (wanted.isEmpty()) {
            return payloads;
        }
        List<Object> values = new ArrayList<>(List.of(departmentCode, year));
        wanted.forEach((part, versions) -> versions.forEach(version -> {
            values.add(part.aggregateType());
            values.add(version);
        }));
        String pairs = String.join(" OR ", Collections.nCopies((values.size() - 2) / 2,
                "(part = ? AND published_version = ?)"));
        record Payload(String part, int version, String text) {
        }
        List<Payload> rows = db.list("SELECT part, published_version, payload FROM part_version"
                        + " WHERE department_code = ? AND fiscal_year = ? AND (" + pairs + ")",
                row -> new Payload(row.getString(1), row.getInt(2), row.getString(3)), values.toArray());
        for (Payload row : rows) {
            Part.ofAggregateType(row.part()).ifPresent(part -> payloads.computeIfAbsent(part, p -> new HashMap<>())
                    .put(row.version(), row.text()));
        }
        return payloads;
    }
}
