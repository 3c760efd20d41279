package io.juesuan.accounts.tables;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One public table (公开01–09表) as the public reads it: amounts in 万元 with two decimals.
 *
 * @param id       canonical table id, 01–09
 * @param title    printed title
 * @param unit     always 万元
 * @param columns  value columns in printed order
 * @param rows     rows in printed order
 * @param empty    true when the department has no such funds (printed as 无)
 * @param footnote printed note
 * @param note     printed under an empty table where the layout profile says so (e.g. …本年度没有政府性基金预算财政拨款
 *                 收入和支出，故本表无数据。); absent otherwise
 * @param codeColumns a table by function code: the headers its code is printed under, 类/款/项 or one 科目编码;
 *                 absent for the other tables
 */
public record PublicTable(String id, String title, String unit, List<Column> columns, List<Row> rows,
                          boolean empty, String footnote, @JsonInclude(JsonInclude.Include.NON_NULL) String note,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<String> codeColumns) {

    /** A value column: a stable key and its printed title. */
    public record Column(String key, String title) {
    }

    /**
     * One row.
     *
     * @param code     function code, income source, or a fixed key such as {@code TOTAL}
     * @param name     printed name
     * @param level    CLASS (类), SECTION (款), ITEM (项), TOTAL, or the side of 01 (INCOME, EXPENDITURE, BALANCE)
     * @param ordinal  the printed number of a template row, else null
     * @param values   the figures shown: as the document declared them, else computed
     * @param computed the computed figures, present when the document declared any cell of the table
     * @param marks    the columns a legacy document printed as a dash ("-"), whose value is null; absent when none.
     *                 A null value without a mark is a blank cell; 0.00 is a stated zero
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(String code, String name, String level, Integer ordinal, Map<String, BigDecimal> values,
                      Map<String, BigDecimal> computed, Map<String, String> marks) {
    }
}
