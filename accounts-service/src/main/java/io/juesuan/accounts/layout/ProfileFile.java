package io.juesuan.accounts.layout;

import io.juesuan.accounts.explanations.ExplanationStyle;
import io.juesuan.accounts.profile.AssetWording;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a layout profile from its one tab-separated file (the format is described in {@code docs/layout-profiles.md}).
 * The file is checked whole before anything is kept: every bad line is reported at once, in one problem.
 */
public final class ProfileFile {

    private static final int MAX_TEXT = 300;
    private static final String EXPLANATION_STYLES = Arrays.stream(ExplanationStyle.values())
            .map(ExplanationStyle::key).collect(Collectors.joining("、"));
    private static final Pattern CLASS_CODE = Pattern.compile("^[0-9]{3}$");
    private static final Pattern ORDINAL = Pattern.compile("^[1-9][0-9]{0,2}$");
    private static final Pattern YEAR = Pattern.compile("^(20[0-9]{2}|2100)$");
    /** The vehicle uses, by the field of the document that states each, in printed order. */
    private static final List<String> VEHICLE_FIELDS = List.of("seniorLeaders", "principalLeaders", "confidential",
            "emergency", "lawEnforcement", "specialTechnical", "retiredCadres", "other");

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
                String why = line(lines[i].split("\t", -1));
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
            layouts.put(id, tables.get(id).layout());
        }
        List<String> vehicleNames = vehicles.isEmpty() ? STANDARD_VEHICLE_NAMES
                : VEHICLE_FIELDS.stream().map(vehicles::get).toList();
        return new ProfileDefinition(key, header.get("name"), new TableTemplates(Map.copyOf(layouts),
                List.copyOf(rows)), new AssetWording(vehicleNames, Collections.unmodifiableMap(
                new LinkedHashMap<>(assets))), header.containsKey("explanations")
                ? ExplanationStyle.of(header.get("explanations")).orElseThrow() : ExplanationStyle.NATIONAL_2020);
    }

    /** Why a line is bad, or null when it is taken. */
    private String line(String[] cells) {
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
            case "explanations" -> ExplanationStyle.of(value).isPresent() ? null : "情况说明须为 " + EXPLANATION_STYLES
                    + " 之一 / explanations is one of " + EXPLANATION_STYLES;
            default -> "profile 行只有 region、fromYear、name、explanations / a profile line gives region, fromYear, name "
                    + "or explanations";
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
        return tables.computeIfAbsent(id, TableDraft::new).take(cells[1].strip(), cells[2].strip(), cells[3].strip());
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
            if (table == null || !table.complete()) {
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
}
