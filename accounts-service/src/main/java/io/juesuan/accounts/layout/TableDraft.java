package io.juesuan.accounts.layout;

import io.juesuan.accounts.tables.BalanceRows;
import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.accounts.tables.TableColumns;
import io.juesuan.accounts.tables.TableLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One table of a profile file as its lines build it up ({@code 05	column	basic	基本支出} …): each line is checked
 * against what came before it, and the whole table once the file is read.
 */
final class TableDraft {

    /** The tables by function code, which print nothing but a note when the department has no such funds. */
    private static final Set<String> BY_FUNCTION_CODE = Set.of("02", "03", "05", "08", "09");

    private final String id;
    /** title, footnote, emptyNote → text */
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<PublicTable.Column> columns = new ArrayList<>();
    private final Map<String, List<String>> sums = new LinkedHashMap<>();
    private final List<TableLayout.Group> groups = new ArrayList<>();
    private final List<TableLayout.FixedRow> fixedRows = new ArrayList<>();
    private Boolean splitCodes;

    TableDraft(String id) {
        this.id = id;
    }

    /** Takes one line's {@code what}, key and text; why it is bad, or null when it is taken. */
    String take(String what, String key, String text) {
        return switch (what) {
            case "title", "footnote", "emptyNote" -> text(what, key, text);
            case "codes" -> codes(key, text);
            case "column" -> column(key, text);
            case "sum" -> sum(key, text);
            case "balance" -> balance(key, text);
            case "group" -> group(key, text);
            default -> "表格行的类别须为 title、column、sum、group、balance、codes、footnote 或 emptyNote / what is "
                    + "title, column, sum, group, balance, codes, footnote or emptyNote";
        };
    }

    /** Whether the table has what every table needs: a title and a column. */
    boolean complete() {
        return texts.containsKey("title") && !columns.isEmpty();
    }

    TableLayout layout() {
        return new TableLayout(id, texts.get("title"), List.copyOf(columns),
                Collections.unmodifiableMap(new LinkedHashMap<>(sums)), List.copyOf(groups), List.copyOf(fixedRows),
                texts.get("footnote"), texts.get("emptyNote"), Boolean.TRUE.equals(splitCodes));
    }

    private String text(String what, String key, String text) {
        if (!key.isEmpty() || text.isEmpty()) {
            return "标题和注释：键列留空，文字必填 / title and notes: an empty key and a text";
        }
        if (what.equals("emptyNote") && !BY_FUNCTION_CODE.contains(id)) {
            return "只有按功能分类列示的表（02、03、05、08、09）会是空表 / only tables by function code are ever empty";
        }
        return texts.putIfAbsent(what, text) == null ? null : "公开" + id + "表的 " + what + " 重复 / given twice";
    }

    private String codes(String key, String text) {
        if (!BY_FUNCTION_CODE.contains(id) || !key.isEmpty() || !Set.of("split", "combined").contains(text)) {
            return "codes 行只用于按功能分类列示的表（02、03、05、08、09）：键列留空，文字为 split（类、款、项三列）"
                    + "或 combined（一列科目编码）/ codes: tables by function code only, split or combined";
        }
        if (splitCodes != null) {
            return "公开" + id + "表的 codes 重复 / given twice";
        }
        splitCodes = text.equals("split");
        return null;
    }

    private String column(String key, String text) {
        List<String> known = TableColumns.of(id).orElseThrow();
        if (!known.contains(key)) {
            return "公开" + id + "表没有可填的列 " + key + "，可用 " + String.join("、", known) + " / table " + id
                    + " has no column " + key;
        }
        if (columns.stream().anyMatch(c -> c.key().equals(key)) || text.isEmpty()) {
            return text.isEmpty() ? "缺少列标题 / no column title" : "列 " + key + " 重复 / column repeats";
        }
        columns.add(new PublicTable.Column(key, text));
        return null;
    }

    private String sum(String key, String text) {
        List<String> parts = Arrays.stream(text.split(",")).map(String::strip).toList();
        Set<String> keys = new HashSet<>();
        columns.forEach(c -> keys.add(c.key()));
        if (!keys.contains(key) || parts.size() < 2 || parts.contains(key) || !keys.containsAll(parts)
                || sums.containsKey(key)) {
            return "合计关系须写在列之后：合计列、以逗号分隔的至少两列组成部分 / a sum follows its columns: the total "
                    + "column, then two or more of the table's other columns, comma-separated";
        }
        sums.put(key, parts);
        return null;
    }

    private String balance(String key, String text) {
        Optional<Set<String>> keys = BalanceRows.keys(id);
        if (keys.isEmpty()) {
            return "只有公开01表和04表有结转结余行 / only tables 01 and 04 print balance rows";
        }
        if (!keys.get().contains(key)) {
            return "公开" + id + "表没有结转结余行 " + key + "，可用 " + String.join("、", keys.get().stream().sorted()
                    .toList()) + " / no such balance row";
        }
        if (fixedRows.stream().anyMatch(row -> row.key().equals(key)) || text.isEmpty()) {
            return text.isEmpty() ? "缺少行名 / no row name" : "行 " + key + " 重复 / the row repeats";
        }
        fixedRows.add(new TableLayout.FixedRow(key, text));
        return null;
    }

    private String group(String key, String text) {
        int colon = text.indexOf(':');
        if (!id.equals("06") || !key.matches("^[A-Z_]{1,40}$") || colon < 1) {
            return "分组只用于公开06表：键（大写）、名称:类级编码,… / a group (table 06 only): KEY, name:codes";
        }
        List<String> classes = Arrays.stream(text.substring(colon + 1).split(",")).map(String::strip).toList();
        if (classes.stream().anyMatch(c -> !c.matches("^[0-9]{3}$"))) {
            return "分组的经济分类须为3位类级编码 / a group holds 3-digit economic classes";
        }
        groups.add(new TableLayout.Group(key, text.substring(0, colon).strip(), classes));
        return null;
    }
}
