package io.juesuan.accounts.explanations;

import io.juesuan.accounts.tables.TableFigures;

import java.math.BigDecimal;
import java.util.function.BiConsumer;

/** Where in the tables each total compared with the prior year is shown. */
final class TotalsOfTables {

    private TotalsOfTables() {
    }

    static void forEach(TableFigures tables, BiConsumer<String, BigDecimal> action) {
        action.accept(ExplanationKeys.INCOME, tables.valueOrZero("01", "INCOME_TOTAL", "amount"));
        action.accept(ExplanationKeys.EXPENDITURE, tables.valueOrZero("01", "EXPENDITURE_TOTAL", "amount"));
        action.accept(ExplanationKeys.GENERAL_BUDGET, tables.valueOrZero("05", "TOTAL", "subtotal"));
        action.accept(ExplanationKeys.GOVERNMENT_FUND, tables.valueOrZero("08", "TOTAL", "subtotal"));
        action.accept(ExplanationKeys.STATE_CAPITAL, tables.valueOrZero("09", "TOTAL", "total"));
    }
}
