package io.juesuan.accounts.tables;

import io.juesuan.accounts.figures.Balances;
import io.juesuan.accounts.figures.Fund;
import io.juesuan.accounts.figures.FundAmounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The balance rows 公开01表 and 04表 may print (a profile chooses which, in what order, under what name): what each
 * holds, and which side's 总计 it adds to. A fund's row under 04's 年初财政拨款结转和结余 is a part of that row and adds
 * to neither.
 */
public final class BalanceRows {

    /** Which 总计 a row adds to. */
    public enum Adds { INCOME, EXPENDITURE, NEITHER }

    /** What a balance row holds: its side and its figures per column. */
    record Definition(Adds adds, Function<Balances, Map<String, Sum>> computed) {
    }

    private static final String AMOUNT = "amount";
    /** The appropriation funds and their column in 04, in printed order. */
    static final Map<Fund, String> APPROPRIATION_FUNDS = new LinkedHashMap<>();

    static {
        APPROPRIATION_FUNDS.put(Fund.GENERAL_BUDGET, "generalBudget");
        APPROPRIATION_FUNDS.put(Fund.GOVERNMENT_FUND, "governmentFund");
        APPROPRIATION_FUNDS.put(Fund.STATE_CAPITAL, "stateCapital");
    }

    private static final Map<String, Definition> TABLE_01 = Map.of(
            "NON_FISCAL_BALANCE_USED", new Definition(Adds.INCOME,
                    b -> Map.of(AMOUNT, Sum.of(b.nonFiscalUsed()))),
            "OPENING_BALANCE", new Definition(Adds.INCOME, b -> Map.of(AMOUNT, allFunds(b.opening()))),
            "BALANCE_DISTRIBUTION", new Definition(Adds.EXPENDITURE,
                    b -> Map.of(AMOUNT, Sum.of(b.distribution()))),
            "CLOSING_BALANCE", new Definition(Adds.EXPENDITURE, b -> Map.of(AMOUNT, allFunds(b.closing()))));

    private static final Map<String, Definition> TABLE_04 = table04();

    private BalanceRows() {
    }

    /** The balance row keys a table may print; empty for a table without balance rows. */
    public static Optional<Set<String>> keys(String tableId) {
        return Optional.ofNullable(definitions(tableId)).map(Map::keySet);
    }

    static Definition of(String tableId, String key) {
        return definitions(tableId).get(key);
    }

    private static Map<String, Definition> definitions(String tableId) {
        return "01".equals(tableId) ? TABLE_01 : "04".equals(tableId) ? TABLE_04 : null;
    }

    private static Map<String, Definition> table04() {
        Map<String, Definition> rows = new LinkedHashMap<>();
        rows.put("OPENING_BALANCE", new Definition(Adds.INCOME, b -> byAppropriationFund(b.opening())));
        rows.put("CLOSING_BALANCE", new Definition(Adds.EXPENDITURE, b -> byAppropriationFund(b.closing())));
        APPROPRIATION_FUNDS.forEach((fund, column) -> {
            rows.put("OPENING_" + fund.name(), new Definition(Adds.NEITHER, b -> oneFund(b.opening(), fund)));
            rows.put("CLOSING_" + fund.name(), new Definition(Adds.NEITHER, b -> oneFund(b.closing(), fund)));
        });
        return Map.copyOf(rows);
    }

    /** 01's balance: all four funds together, each fund one part. */
    private static Sum allFunds(FundAmounts amounts) {
        return amounts == null ? Sum.NONE : Sum.over(amounts.all());
    }

    /** 04's balance: one column per appropriation fund; 合计 is summed by the table's own sum rule. */
    private static Map<String, Sum> byAppropriationFund(FundAmounts amounts) {
        Map<String, Sum> columns = new LinkedHashMap<>();
        if (amounts != null) {
            APPROPRIATION_FUNDS.forEach((fund, column) -> columns.put(column, Sum.of(amounts.of(fund))));
        }
        return columns;
    }

    /** A fund's part of a 04 balance, in its own column. */
    private static Map<String, Sum> oneFund(FundAmounts amounts, Fund fund) {
        return amounts == null ? Map.of() : Map.of(APPROPRIATION_FUNDS.get(fund), Sum.of(amounts.of(fund)));
    }
}
