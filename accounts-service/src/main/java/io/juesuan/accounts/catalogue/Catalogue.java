package io.juesuan.accounts.catalogue;

import java.util.Map;
import java.util.Optional;

/**
 * One year's classification catalogue: the codes a document is checked with, as the finance bureau loaded them.
 *
 * @param year          the fiscal year
 * @param functionNames 支出功能分类 code → name, in catalogue order; every 类 of the year is present
 * @param economicNames 支出经济分类 code → name, in the order 公开06表 prints them
 */
public record Catalogue(int year, Map<String, String> functionNames, Map<String, String> economicNames) {

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
}
