package io.juesuan.accounts.tables;

import java.util.List;
import java.util.Map;

/**
 * How a province prints one public table in a year: title, columns and footnote, kept as data because they vary.
 *
 * @param id       canonical table id, 01–09
 * @param title    printed title
 * @param columns  value columns in printed order
 * @param columnKeys their keys, in the same order (asked for at every row of every table, so made once)
 * @param sums     columns that are the sum of other columns (e.g. 合计 = 基本支出 + 项目支出 + …)
 * @param groups   row groups with a total row each, in printed order (06: 人员经费 and 公用经费)
 * @param fixedRows the balance rows of 01 and 04 with their printed names, in printed order
 * @param footnote printed note under the table
 * @param emptyNote printed under the table when the department has no such funds, {@value #DEPARTMENT} and
 *                  {@value #YEAR} standing for its name and the year; null when the profile prints none
 * @param splitCodes whether a table by function code prints the code in three columns (类, 款, 项) or in one
 */
public record TableLayout(String id, String title, List<PublicTable.Column> columns, List<String> columnKeys,
                          Map<String, List<String>> sums, List<Group> groups, List<FixedRow> fixedRows,
                          String footnote, String emptyNote, boolean splitCodes) {

    /** Where an empty table's note names the department. */
    public static final String DEPARTMENT = "{department}";
    /** Where an empty table's note names the year. */
    public static final String YEAR = "{year}";

    /** Keys that are not the columns' own would put every value of a row under the wrong column. */
    public TableLayout {
        if (!columnKeys.equals(keysOf(columns))) {
            throw new IllegalArgumentException("table " + id + ": column keys " + columnKeys + " are not its columns' "
                    + keysOf(columns));
        }
    }

    public TableLayout(String id, String title, List<PublicTable.Column> columns, Map<String, List<String>> sums,
                       List<Group> groups, List<FixedRow> fixedRows, String footnote, String emptyNote,
                       boolean splitCodes) {
        this(id, title, columns, keysOf(columns), sums, groups, fixedRows, footnote, emptyNote, splitCodes);
    }

    /** The note an empty table prints for the department and year; null when the profile prints none. */
    public String emptyNoteFor(String departmentName, int year) {
        return emptyNote == null ? null : emptyNote.replace(DEPARTMENT, departmentName == null ? "本部门"
                : departmentName).replace(YEAR, Integer.toString(year));
    }

    /** The printed headers of the function code: 类, 款 and 项, or one 科目编码. */
    public List<String> codeColumns() {
        return splitCodes ? List.of("类", "款", "项") : List.of("科目编码");
    }

    private static List<String> keysOf(List<PublicTable.Column> columns) {
        return columns.stream().map(PublicTable.Column::key).toList();
    }

    /**
     * Rows that end in a total row.
     *
     * @param key     the total row's key, e.g. PERSONNEL_TOTAL
     * @param name    its printed name, e.g. 人员经费合计
     * @param classes the classification 类 codes the group holds, in printed order
     */
    public record Group(String key, String name, List<String> classes) {
    }

    /**
     * A row the table always prints under a name of the profile's, e.g. 01's 年初结转和结余.
     *
     * @param key  what the row holds, e.g. OPENING_BALANCE
     * @param name its printed name
     */
    public record FixedRow(String key, String name) {
    }
}
