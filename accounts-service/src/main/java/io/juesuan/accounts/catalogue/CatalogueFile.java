package io.juesuan.accounts.catalogue;

import io.juesuan.platform.problem.Problem;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import io.juesuan.platform.text.CsvLines;
import io.juesuan.platform.text.PlainText;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a catalogue file as a finance bureau has it: {@code code,name} per line, comma- or tab-separated, UTF-8 or
 * GBK, or the first sheet of an Excel workbook; an optional header line and {@code #} comment lines. The file is checked whole before anything is kept: every
 * bad line is reported at once, with its number, its code and why, in one problem.
 */
public final class CatalogueFile {

    private static final int MAX_NAME = 200;

    private CatalogueFile() {
    }

    /** The entries in file order, or a 400 problem listing every bad line. */
    public static List<CatalogueEntry> read(CatalogueKind kind, byte[] bytes) {
        return read(kind, CsvLines.utf8OrGbk(bytes));
    }

    public static List<CatalogueEntry> read(CatalogueKind kind, String text) {
        return checked(kind, withoutHeader(lines(text)));
    }

    /** The first sheet of an Excel workbook (.xlsx): code in its first column, name in its second. */
    public static List<CatalogueEntry> readXlsx(CatalogueKind kind, byte[] bytes) {
        List<Numbered> lines = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return checked(kind, lines);
            }
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    cells.add(shown.formatCellValue(row.getCell(column)).strip());
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (!cells.isEmpty() && !cells.get(0).startsWith("#")) {
                    lines.add(numbered(row.getRowNum() + 1, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalidField("file", "不是可读取的 Excel 工作簿（.xlsx）/ not a readable .xlsx workbook");
        }
        return checked(kind, withoutHeader(lines));
    }

    private static List<CatalogueEntry> checked(CatalogueKind kind, List<Numbered> lines) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, "文件没有科目 / the file holds no codes",
                    List.of(new Problem.FieldError("line[1]", "文件为空 / the file is empty")));
        }
        // one pass in line order, so the errors come out sorted; a parent may stand below its children
        Set<String> codes = new HashSet<>();
        lines.forEach(line -> codes.add(line.code()));
        Map<String, Integer> firstLine = new HashMap<>();
        List<Numbered> valid = new ArrayList<>();
        for (Numbered line : lines) {
            String why = problemWith(kind, line, firstLine);
            String parent = parentOf(line.code());
            if (why == null && parent != null && !codes.contains(parent)) {
                why = "上级科目 " + parent + " 不在文件中 / its parent " + parent + " is not in the file";
            }
            if (why != null) {
                errors.add(error(line, why));
            } else {
                valid.add(line);
            }
            firstLine.putIfAbsent(line.code(), line.number());
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, errors.size() + " 行有误，未保存任何科目 / " + errors.size()
                    + " bad lines: nothing was stored", errors);
        }
        return valid.stream().map(line -> new CatalogueEntry(line.code(), line.name())).toList();
    }

    private record Numbered(int number, String code, String name, int fields) {
    }

    /** The records that are not comments or blank, each with its line; a first line that names columns is skipped. */
    private static List<Numbered> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        boolean tabs = body.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst()
                .map(l -> l.contains("\t")).orElse(false);
        List<Numbered> lines = new ArrayList<>();
        if (tabs) {
            String[] raw = body.split("\r\n|\r|\n", -1);
            for (int i = 0; i < raw.length; i++) {
                if (!raw[i].isBlank() && !raw[i].startsWith("#")) {
                    lines.add(numbered(i + 1, List.of(raw[i].split("\t", -1))));
                }
            }
        } else {
            for (CsvLines.CsvRecord record : CsvLines.parse(body)) {
                if (!record.fields().get(0).startsWith("#")) {
                    lines.add(numbered(record.line(), record.fields()));
                }
            }
        }
        return lines;
    }

    private static List<Numbered> withoutHeader(List<Numbered> lines) {
        if (!lines.isEmpty() && isHeader(lines.get(0).code())) {
            return lines.subList(1, lines.size());
        }
        return lines;
    }

    private static Numbered numbered(int number, List<String> fields) {
        return new Numbered(number, fields.get(0).strip(), fields.size() > 1 ? fields.get(1).strip() : "",
                fields.size());
    }

    /** A first cell with no digit at all names a column (code, 科目编码): the file's header. */
    private static boolean isHeader(String firstCell) {
        return !firstCell.isEmpty() && firstCell.chars().noneMatch(Character::isDigit);
    }

    private static String problemWith(CatalogueKind kind, Numbered line, Map<String, Integer> firstLine) {
        String code = line.code();
        if (code.isEmpty()) {
            return "缺少科目编码 / no code";
        }
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "科目编码只能是数字 / a code is ASCII digits only";
        }
        if (!kind.allowsLength(code.length())) {
            return kind == CatalogueKind.FUNCTION ? "功能分类科目编码须为3、5或7位 / a function code has 3, 5 or 7 digits"
                    : "经济分类科目编码须为3或5位 / an economic code has 3 or 5 digits";
        }
        if (line.name().isEmpty()) {
            return "缺少科目名称 / no name";
        }
        if (line.fields() > 2) {
            return "多于两列（编码、名称）/ more than two columns (code, name)";
        }
        if (line.name().length() > MAX_NAME) {
            return "科目名称过长（最多" + MAX_NAME + "字）/ a name of more than " + MAX_NAME + " characters";
        }
        String text = PlainText.problemWith(line.name());
        if (text != null || line.name().contains("\n") || line.name().contains("\t")) {
            return text != null ? text : "科目名称含换行或制表符 / a name holds a line break or tab";
        }
        if (firstLine.containsKey(code)) {
            return "科目编码重复，第" + firstLine.get(code) + "行已有 / the code repeats line " + firstLine.get(code);
        }
        return null;
    }

    private static String parentOf(String code) {
        return code.length() <= 3 ? null : code.substring(0, code.length() - 2);
    }

    private static Problem.FieldError error(Numbered line, String why) {
        return new Problem.FieldError("line[" + line.number() + "]", (line.code().isEmpty() ? "" : line.code() + "：")
                + why);
    }
}
