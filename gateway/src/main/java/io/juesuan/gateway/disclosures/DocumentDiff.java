package io.juesuan.gateway.disclosures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences between two versions of an assembled disclosure, value by value. Array elements are matched by
 * what identifies them (a row's code, a line's key, a function code and fund) rather than by position, so an
 * inserted row is one addition, not a shifted table. A cell of one of the nine tables is named by table, row and
 * column. Left out: what only records the publication (versions, times, reasons) and what is derived from the
 * disclosed figures (computed sums, findings).
 */
final class DocumentDiff {

    /** One value that differs; {@code table}, {@code row} and {@code column} are set for a table cell. */
    record Change(String path, String table, String row, String rowName, String column, String columnTitle,
                  JsonNode before, JsonNode after) {
    }

    private static final Set<String> BOOKKEEPING = Set.of("version", "versions", "lastPublishedAt", "history",
            "publishedVersion", "publishedAt", "correctionReason", "approval", "computed", "findings");
    private static final List<String> IDENTITY = List.of("code", "key", "id", "number", "functionCode",
            "economicCode", "fund");
    private static final Pattern CELL = Pattern.compile("^finalAccounts\\.tables\\.([0-9]{2})\\.rows\\[([^]]+)]"
            + "\\.values\\.([A-Za-z0-9]+)$");

    private final JsonNode from;
    private final JsonNode to;
    private final List<Change> changes = new ArrayList<>();

    private DocumentDiff(JsonNode from, JsonNode to) {
        this.from = from;
        this.to = to;
    }

    static List<Change> between(JsonNode from, JsonNode to) {
        DocumentDiff diff = new DocumentDiff(from, to);
        diff.compare("", from, to);
        return diff.changes;
    }

    private void compare(String path, JsonNode before, JsonNode after) {
        if (before != null && after != null && before.isObject() && after.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(fields::add);
            after.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                if (!BOOKKEEPING.contains(field)) {
                    compare(path.isEmpty() ? field : path + "." + field, before.get(field), after.get(field));
                }
            }
        } else if (before != null && after != null && before.isArray() && after.isArray()) {
            Map<String, JsonNode> left = keyed(before);
            Map<String, JsonNode> right = keyed(after);
            Set<String> keys = new LinkedHashSet<>(left.keySet());
            keys.addAll(right.keySet());
            for (String key : keys) {
                compare(path + "[" + key + "]", left.get(key), right.get(key));
            }
        } else if (!same(before, after)) {
            record(path, before, after);
        }
    }

    /** Elements by identity when every element has a distinct one, else by position. */
    private static Map<String, JsonNode> keyed(JsonNode array) {
        Map<String, JsonNode> byIdentity = new LinkedHashMap<>();
        for (JsonNode element : array) {
            String identity = identity(element);
            if (identity == null || byIdentity.putIfAbsent(identity, element) != null) {
                Map<String, JsonNode> byPosition = new LinkedHashMap<>();
                Iterator<JsonNode> elements = array.elements();
                for (int i = 0; elements.hasNext(); i++) {
                    byPosition.put(String.valueOf(i), elements.next());
                }
                return byPosition;
            }
        }
        return byIdentity;
    }

    private static String identity(JsonNode element) {
        if (!element.isObject()) {
            return null;
        }
        StringBuilder identity = new StringBuilder();
        for (String field : IDENTITY) {
            JsonNode value = element.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                identity.append(identity.isEmpty() ? "" : "/").append(value.asText());
            }
        }
        return identity.isEmpty() ? null : identity.toString();
    }

    /** Equal values, numbers by value: 1.5 and 1.50 are the same amount. */
    private static boolean same(JsonNode before, JsonNode after) {
        JsonNode left = before == null ? NullNode.instance : before;
        JsonNode right = after == null ? NullNode.instance : after;
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue()) == 0;
        }
        return left.equals(right);
    }

    private void record(String path, JsonNode before, JsonNode after) {
        Matcher cell = CELL.matcher(path);
        if (!cell.matches()) {
            changes.add(new Change(path, null, null, null, null, null, before, after));
            return;
        }
        String table = cell.group(1);
        String row = cell.group(2);
        String column = cell.group(3);
        changes.add(new Change(path, table, row, rowName(table, row), column, columnTitle(table, column),
                before, after));
    }

    private String rowName(String table, String code) {
        return lookUp(table, "rows", "code", code, "name");
    }

    private String columnTitle(String table, String key) {
        return lookUp(table, "columns", "key", key, "title");
    }

    /** A label of a row or column of a table, from the newer version if it has it. */
    private String lookUp(String table, String list, String idField, String id, String labelField) {
        for (JsonNode document : List.of(to, from)) {
            for (JsonNode element : document.path("finalAccounts").path("tables").path(table).path(list)) {
                if (id.equals(element.path(idField).asText())) {
                    return element.path(labelField).asText(null);
                }
            }
        }
        return null;
    }
}
