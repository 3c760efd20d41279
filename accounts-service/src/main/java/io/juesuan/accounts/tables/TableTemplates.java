package io.juesuan.accounts.tables;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nine tables as a layout profile prints them.
 *
 * @param tables          the layout of each public table, by canonical id (01–09)
 * @param expenditureRows the numbered expenditure rows of 公开01表 and 04表 (一、一般公共服务支出 …)
 */
public record TableTemplates(Map<String, TableLayout> tables, List<TemplateRow> expenditureRows) {

    public TableLayout table(String id) {
        return tables.get(id);
    }

    public Optional<TemplateRow> expenditureRow(int ordinal) {
        return expenditureRows.stream().filter(row -> row.ordinal() == ordinal).findFirst();
    }

    public Optional<TemplateRow> expenditureRowFor(String classCode) {
        return expenditureRows.stream().filter(row -> row.code().equals(classCode)).findFirst();
    }
}
