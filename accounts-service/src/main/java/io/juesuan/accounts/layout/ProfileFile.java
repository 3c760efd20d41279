package io.juesuan.accounts.layout;

import io.juesuan.accounts.profile.AssetWording;
import io.juesuan.accounts.tables.BalanceRows;
import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.accounts.tables.TableColumns;
import io.juesuan.accounts.tables.TableLayout;
import io.juesuan.accounts.tables.TableTemplates;
import io.juesuan.accounts.tables.TemplateRow;
import io.juesuan.platform.problem.Problem;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import io.juesuan.platform.text.PlainText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a layout profile from its one tab-separated file (the format is described in {@code docs/layout-profiles.md}).
 * The file is checked whole before anything is kept: every bad line is reported at once, in one problem.
 */
public final class ProfileFile {

    private static final int MAX_TEXT = 300;
    private static final Pattern CLASS_CODE = Pattern.compile("^[0-9]{3}$");
    private static final Pattern ORDINAL = Pattern.compile("^[1-9][0-9]{0,2}$");
    private static final Pattern YEAR = Pattern.compile("^(20[0-9]{2}|2100)$");
    /** The vehicle uses, by the field of the document that states each, in printed order. */
    private static final List<String> VEHICLE_FIELDS = List.of("seniorLeaders", "principalLeaders", "confidential",
            "emergency", "lawEnforcement", "specialTechnical", "retiredCadres", "other");
    /** The tables by function code, which print nothing but a note when the department has no such funds. */
    private static final Set<String> EMPTY_TABLES = Set.of("02", "03", "05", "08", "09");

    /**
     * The names of the vehicle uses where a profile gives none (财政部's wording): a file of a version stored before
     * profiles could name them still reads as it did.
     */
    private static final List<String> STANDARD_VEHICLE_NAMES = List.of("副部（省）级以上领导用车", "主要领导干部用车",
            "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "离退休干部用车", "其他用车");

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final Map<String, String> header = new LinkedHashMap<>();
    private final Map<String, TableDraft> tables = new LinkedHashMap<>();
    private final List<TemplateRow> rows = new ArrayList<>();
    private final Map<String, String> assets = new LinkedHashMap<>();
    private final Map<String, String> vehicles = new LinkedHashMap<>();

    private ProfileFile() {
    }

    /** The profile the text defines, or a 400 problem listing every bad line. */
    public static ProfileDefinition read(String text) {
        return new ProfileFile().parse(text);
    }

    private ProfileDefinition parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                String why = line(i + 1, lines[i].split("\t", -1));
                if (why != null) {
                    errors.add(new Problem.FieldError("line[" + (i + 1) + "]", why));
                }
            }
        }
        ProfileKey key = wholeFile();
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, errors.size() + " 处有误，未保存版式 / " + errors.size()
                    + " problems: the profile was not stored", errors);
        }
        Map<String, TableLayout> layouts = new LinkedHashMap<>();
        for (String id : TableColumns.TABLES) {
            TableDraft t = tables.get(id);
            layouts.put(id, new TableLayout(id, t.texts.get("title"), List.copyOf(t.columns),
                    Collections.unmodifiableMap(new LinkedHashMap<>(t.sums)), List.copyOf(t.groups),
                    List.copyOf(t.fixedRows), t.texts.get("footnote"), t.texts.get("emptyNote"),
                    Boolean.TRUE.equals(t.splitCodes)));
        }
        List<String> vehicleNames = vehicles.isEmpty() ? STANDARD_VEHICLE_NAMES
                : VEHICLE_FIELDS.stream().map(vehicles::get).toList();
        return new ProfileDefinition(key, header.get("name"), new TableTemplates(Map.copyOf(layouts),
                List.copyOf(rows)), new AssetWording(vehicleNames, Collections.unmodifiableMap(
                new LinkedHashMap<>(assets))));
    }

    /** Why a line is bad, or null when it is taken. */
    private String line(int number, String[] cells) {
        for (String cell : cells) {
            String why = cell.length() > MAX_TEXT ? "超过" + MAX_TEXT + "字 / longer than " + MAX_TEXT + " characters"
                    : PlainText.problemWith(cell);
            if (why != null) {
                return why;
            }
        }
        String first = cells[0].strip();
        return switch (first) {
            case "profile" -> headerLine(cells);
            case "row" -> rowLine(cells);
            case "asset" -> assetLine(cells);
            case "vehicle" -> vehicleLine(cells);
            default -> TableColumns.of(first).isPresent() ? tableLine(first, cells)
                    : "不认识的行：首列应为 profile、row、asset、vehicle 或表号 01–09 / unknown line: the first cell is "
                    + "profile, row, asset, vehicle or a table id 01–09";
        };
    }

    private String headerLine(String[] cells) {
        if (cells.length != 3) {
            return "profile 行须为三列：profile、项目、值 / a profile line has three cells";
        }
        String field = cells[1].strip();
        String value = cells[2].strip();
        if (header.containsKey(field)) {
            return "重复的 " + field + " / " + field + " is given twice";
        }
        String why = switch (field) {
            case "region" -> ProfileKey.isRegion(value) ? null
                    : "地区须为 national 或2、4、6位行政区划代码前缀 / region is national or a 2, 4 or 6 digit division prefix";
            case "fromYear" -> YEAR.matcher(value).matches() ? null : "起始年度须为2000–2100 / fromYear is 2000–2100";
            case "name" -> value.isEmpty() ? "缺少名称 / no name" : null;
            default -> "profile 行只有 region、fromYear、name / a profile line gives region, fromYear or name";
        };
        if (why == null) {
            header.put(field, value);
        }
        return why;
    }

    private String rowLine(String[] cells) {
        if (cells.length != 4) {
            return "row 行须为四列：row、序号、类级科目编码、名称 / a row line has four cells: row, ordinal, class code, name";
        }
        String ordinal = cells[1].strip();
        String code = cells[2].strip();
        String name = cells[3].strip();
        if (!ORDINAL.matcher(ordinal).matches() || Integer.parseInt(ordinal) != rows.size() + 1) {
            return "序号须从1起连续 / ordinals run 1, 2, 3 … in file order (expected " + (rows.size() + 1) + ")";
        }
        if (!CLASS_CODE.matcher(code).matches()) {
            return "须为3位类级科目编码 / a row stands for a 3-digit class code";
        }
        if (rows.stream().anyMatch(row -> row.code().equals(code))) {
            return "科目 " + code + " 已有一行 / class " + code + " already has a row";
        }
        if (name.isEmpty()) {
            return "缺少名称 / no name";
        }
        rows.add(new TemplateRow(rows.size() + 1, code, name));
        return null;
    }

    private String assetLine(String[] cells) {
        if (cells.length != 3) {
            return "asset 行须为三列：asset、字段、印刷标签 / an asset line has three cells: asset, field, label";
        }
        String field = cells[1].strip();
        if (!AssetWording.EQUIPMENT_FIELDS.contains(field)) {
            return "不认识的资产字段，可用 " + String.join("、", AssetWording.EQUIPMENT_FIELDS) + " / unknown asset field";
        }
        if (assets.containsKey(field) || cells[2].isBlank()) {
            return cells[2].isBlank() ? "缺少标签 / no label" : "重复的 " + field + " / " + field + " is given twice";
        }
        assets.put(field, cells[2].strip());
        return null;
    }

    private String vehicleLine(String[] cells) {
        if (cells.length != 3) {
            return "vehicle 行须为三列：vehicle、用途字段、印刷名称 / a vehicle line has three cells: vehicle, use, name";
        }
        String field = cells[1].strip();
        if (!VEHICLE_FIELDS.contains(field)) {
            return "不认识的车辆用途，可用 " + String.join("、", VEHICLE_FIELDS) + " / unknown vehicle use";
        }
        if (vehicles.containsKey(field) || cells[2].isBlank()) {
            return cells[2].isBlank() ? "缺少名称 / no name" : "重复的 " + field + " / " + field + " is given twice";
        }
        vehicles.put(field, cells[2].strip());
        return null;
    }

    private String tableLine(String id, String[] cells) {
        if (cells.length != 4) {
            return "表格行须为四列：表号、类别、键、文字 / a table line has four cells: table, what, key, text";
        }
        TableDraft table = tables.computeIfAbsent(id, k -> new TableDraft());
        String key = cells[2].strip();
        String text = cells[3].strip();
        List<String> known = TableColumns.of(id).orElseThrow();
        switch (cells[1].strip()) {
            case "title", "footnote", "emptyNote" -> {
                String what = cells[1].strip();
                if (!key.isEmpty() || text.isEmpty()) {
                    return "标题和注释：键列留空，文字必填 / title and notes: an empty key and a text";
                }
                if (what.equals("emptyNote") && !EMPTY_TABLES.contains(id)) {
                    return "只有按功能分类列示的表（02、03、05、08、09）会是空表 / only tables by function code are "
                            + "ever empty";
                }
                if (table.texts.putIfAbsent(what, text) != null) {
                    return "公开" + id + "表的 " + what + " 重复 / given twice";
                }
                return null;
            }
            case "codes" -> {
                if (!EMPTY_TABLES.contains(id) || !key.isEmpty() || !Set.of("split", "combined").contains(text)) {
                    return "codes 行只用于按功能分类列示的表（02、03、05、08、09）：键列留空，文字为 split（类、款、项三列）"
                            + "或 combined（一列科目编码）/ codes: tables by function code only, split or combined";
                }
                if (table.splitCodes != null) {
                    return "公开" + id + "表的 codes 重复 / given twice";
                }
                table.splitCodes = text.equals("split");
                return null;
            }
            case "column" -> {
                if (!known.contains(key)) {
                    return "公开" + id + "表没有可填的列 " + key + "，可用 " + String.join("、", known) + " / table " + id
                            + " has no column " + key;
                }
                if (table.columns.stream().anyMatch(c -> c.key().equals(key)) || text.isEmpty()) {
                    return text.isEmpty() ? "缺少列标题 / no column title" : "列 " + key + " 重复 / column repeats";
                }
                table.columns.add(new PublicTable.Column(key, text));
                return null;
            }
            case "sum" -> {
                List<String> parts = Arrays.stream(text.split(",")).map(String::strip).toList();
                Set<String> columns = new HashSet<>();
                table.columns.forEach(c -> columns.add(c.key()));
                if (!columns.contains(key) || parts.size() < 2 || parts.contains(key)
                        || !columns.containsAll(parts) || table.sums.containsKey(key)) {
                    return "合计关系须写在列之后：合计列、以逗号分隔的至少两列组成部分 / a sum follows its columns: the "
                            + "total column, then two or more of the table's other columns, comma-separated";
                }
                table.sums.put(key, parts);
                return null;
            }
            case "balance" -> {
                java.util.Optional<Set<String>> keys = BalanceRows.keys(id);
                if (keys.isEmpty() || !keys.get().contains(key)) {
                    return keys.isEmpty() ? "只有公开01表和04表有结转结余行 / only tables 01 and 04 print balance rows"
                            : "公开" + id + "表没有结转结余行 " + key + "，可用 " + String.join("、",
                            keys.get().stream().sorted().toList()) + " / no such balance row";
                }
                if (table.fixedRows.stream().anyMatch(row -> row.key().equals(key)) || text.isEmpty()) {
                    return text.isEmpty() ? "缺少行名 / no row name" : "行 " + key + " 重复 / the row repeats";
                }
                table.fixedRows.add(new TableLayout.FixedRow(key, text));
                return null;
            }
            case "group" -> {
                int colon = text.indexOf(':');
                if (!id.equals("06") || !key.matches("^[A-Z_]{1,40}$") || colon < 1) {
                    return "分组只用于公开06表：键（大写）、名称:类级编码,… / a group (table 06 only): KEY, name:codes";
                }
                List<String> classes = Arrays.stream(text.substring(colon + 1).split(",")).map(String::strip).toList();
                if (classes.stream().anyMatch(c -> !c.matches("^[0-9]{3}$"))) {
                    return "分组的经济分类须为3位类级编码 / a group holds 3-digit economic classes";
                }
                table.groups.add(new TableLayout.Group(key, text.substring(0, colon).strip(), classes));
                return null;
            }
            default -> {
                return "表格行的类别须为 title、column、sum、group、balance、codes、footnote 或 emptyNote / what is "
                        + "title, column, sum, group, balance, codes, footnote or emptyNote";
            }
        }
    }

    /** What only the whole file can say is wrong; the key when it is whole. */
    private ProfileKey wholeFile() {
        for (String field : List.of("region", "fromYear", "name")) {
            if (!header.containsKey(field)) {
                errors.add(new Problem.FieldError(field, "缺少 profile 行 " + field + " / no profile line " + field));
            }
        }
        for (String id : TableColumns.TABLES) {
            TableDraft table = tables.get(id);
            if (table == null || !table.texts.containsKey("title") || table.columns.isEmpty()) {
                errors.add(new Problem.FieldError("tables." + id, "公开" + id + "表须有标题和至少一列 / table " + id
                        + " needs a title and a column"));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new Problem.FieldError("rows", "缺少公开01表的支出行（row）/ no expenditure rows of table 01"));
        }
        if (!vehicles.isEmpty() && vehicles.size() != VEHICLE_FIELDS.size()) {
            errors.add(new Problem.FieldError("vehicles", "须为八种车辆用途各给一个名称（vehicle 行）/ name each of the "
                    + "eight vehicle uses"));
        }
        return errors.isEmpty() ? new ProfileKey(header.get("region"), Integer.parseInt(header.get("fromYear"))) : null;
    }

    private static final class TableDraft {
        /** title, footnote, emptyNote → text */
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final List<PublicTable.Column> columns = new ArrayList<>();
        private final Map<String, List<String>> sums = new LinkedHashMap<>();
        private final List<TableLayout.Group> groups = new ArrayList<>();
        private final List<TableLayout.FixedRow> fixedRows = new ArrayList<>();
        private Boolean splitCodes;
    }
}
