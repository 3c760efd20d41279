package io.juesuan.accounts.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One year's classification catalogue and table templates, shipped as data under {@code catalogue/{year}/}.
 *
 * @param year          the fiscal year
 * @param functionNames 支出功能分类 code → name, in catalogue order; every 类 of the year is present
 * @param economicNames 支出经济分类 code → name, in the order 公开06表 prints them
 * @param table01Rows   the fixed expenditure rows of 公开01表 and 04表, matched by ordinal
 */
public record Catalogue(int year, Map<String, String> functionNames, Map<String, String> economicNames,
                        List<TemplateRow> table01Rows) {

    public Optional<String> functionName(String code) {
        return Optional.ofNullable(functionNames.get(code));
    }

    public Optional<String> economicName(String code) {
        return Optional.ofNullable(economicNames.get(code));
    }

    /** Whether the code's 类 is one of the year's: a code under any other 类 cannot exist. */
    public boolean hasClassOf(String functionCode) {
        return functionNames.containsKey(FunctionCode.ancestorAt(functionCode, FunctionCode.Level.CLASS));
    }

    public Optional<TemplateRow> table01RowFor(String classCode) {
        return table01Rows.stream().filter(r -> r.code().equals(classCode)).findFirst();
    }
}
