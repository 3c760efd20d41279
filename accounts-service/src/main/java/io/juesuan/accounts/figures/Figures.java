package io.juesuan.accounts.figures;

import io.juesuan.accounts.figures.Balances;
import io.juesuan.accounts.figures.ExpenditureKind;
import io.juesuan.accounts.figures.Fund;
import io.juesuan.accounts.figures.IncomeSource;
import io.juesuan.accounts.figures.ThreePublic;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures the public tables are generated from, all in exact yuan.
 *
 * @param income      per 项: income by source (公开02表's grain)
 * @param expenditure per 项: expenditure by fund and kind (公开03, 04, 05, 08, 09表's grain)
 * @param basicByEconomic per economic 款: the general budget's basic expenditure (公开06表's grain)
 * @param threePublic 三公经费 actual and budget in yuan, and their counts; parts may be null
 * @param declared    cells as a legacy document prints them: table id → row key → column key
 * @param balances    the year's opening and closing balances by fund, yuan
 * @param printedNames legacy: the names printed for template rows of 01 and 04, table id → ordinal → name
 * @param printedFunctionNames the names the document prints for function codes, used where the catalogue has none
 */
public record Figures(Map<String, Map<IncomeSource, BigDecimal>> income,
                      Map<String, Map<Fund, Map<ExpenditureKind, BigDecimal>>> expenditure,
                      Map<String, BigDecimal> basicByEconomic,
                      ThreePublic threePublic,
                      Map<String, Map<String, Map<String, PrintedCell>>> declared,
                      Balances balances,
                      Map<String, Map<Integer, String>> printedNames,
                      Map<String, String> printedFunctionNames) {

    /** The printed name of a template row, when a legacy document gives one. */
    public java.util.Optional<String> printedName(String tableId, int ordinal) {
        return java.util.Optional.ofNullable(printedNames.getOrDefault(tableId, Map.of()).get(ordinal));
    }

    public Map<String, Map<String, PrintedCell>> declaredIn(String tableId) {
        return declared.getOrDefault(tableId, Map.of());
    }
}
