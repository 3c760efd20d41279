package io.juesuan.accounts.tables;

import java.math.BigDecimal;
import java.util.List;

/**
 * 收入支出决算总表 (公开01表): income by source and expenditure by function class, in 万元 with two decimals.
 *
 * @param id               canonical table id
 * @param title            printed title
 * @param unit             always 万元
 * @param income           the eight income lines
 * @param expenditure      every row of the year's template, empty or not, then any class outside it
 * @param totalIncome      本年收入合计
 * @param totalExpenditure 本年支出合计
 */
public record Table01(String id, String title, String unit, List<Row> income, List<Row> expenditure,
                      BigDecimal totalIncome, BigDecimal totalExpenditure) {

    public static final String ID = "01";
    public static final String TITLE = "收入支出决算总表";

    /**
     * One line.
     *
     * @param ordinal printed number, null for a class outside the template
     * @param code    income source or function class code
     * @param name    printed name
     * @param amount  万元, null when the line is empty
     */
    public record Row(Integer ordinal, String code, String name, BigDecimal amount) {
    }
}
