package io.juesuan.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Builds one version of the public disclosure of a department-year from the latest published version of each part
 * and the change entries that led to it. Pure: the same inputs always give the same document, so a replay rebuilds
 * it exactly.
 */
public final class DisclosureAssembler {

    private DisclosureAssembler() {
    }

    public static ObjectNode assemble(ObjectMapper json, String departmentCode, int year,
                                      Map<Part, JsonNode> latestPayloads, List<ChangeEntry> history) {
        ChangeEntry last = history.get(history.size() - 1);
        ObjectNode document = json.createObjectNode();
        document.put("departmentCode", departmentCode);
        document.put("year", year);
        JsonNode department = latestPayloads.containsKey(Part.FINAL_ACCOUNTS)
                ? latestPayloads.get(Part.FINAL_ACCOUNTS).get("department") : null;
        if (department != null) {
            document.set("department", department);
        } else {
            ObjectNode minimal = document.putObject("department");
            minimal.put("code", departmentCode);
            minimal.put("divisionCode", departmentCode.substring(0, 6));
        }
        document.put("version", last.version());
        document.put("lastPublishedAt", last.publishedAt().toInstant().toString());
        ObjectNode versions = document.putObject("versions");
        for (Part part : Part.values()) {
            JsonNode payload = latestPayloads.get(part);
            if (payload != null) {
                versions.put(part.field(), payload.path("publishedVersion").asInt());
                ObjectNode section = payload.deepCopy();
                section.remove("department");
                section.remove("departmentCode");
                section.remove("year");
                document.set(part.field(), section);
            }
        }
        document.set("findings", json.valueToTree(CrossPartChecks.of(latestPayloads)));
        ArrayNode changes = document.putArray("history");
        for (ChangeEntry entry : history) {
            ObjectNode change = changes.addObject();
            change.put("version", entry.version());
            change.put("part", Part.ofAggregateType(entry.part()).map(Part::field).orElse(entry.part()));
            change.put("partVersion", entry.partVersion());
            change.put("kind", entry.kind());
            change.put("reason", entry.reason());
            change.put("publishedAt", entry.publishedAt().toInstant().toString());
        }
        return document;
    }
}
