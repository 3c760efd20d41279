package io.juesuan.accounts.explanations;

import io.juesuan.accounts.tables.SummaryTableBuilder;
import io.juesuan.accounts.tables.TableFigures;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where in the tables each figure compared with the prior year is shown. 三公 only where table 07 shows it: a
 * record without it says nothing of last year's 三公.
 */
final class TotalsOfTables {

    private static final List<String> THREE_PUBLIC_ROWS = List.of("TOTAL", "ABROAD", "VEHICLES", "RECEPTION");

    private TotalsOfTables() {
    }

    static void forEach(TableFigures tables, BiConsumer<String, BigDecimal> action) {
        action.accept(ExplanationKeys.INCOME, tables.valueOrZero("01", "INCOME_TOTAL", "amount"));
        action.accept(ExplanationKeys.EXPENDITURE, tables.valueOrZero("01", "EXPENDITURE_TOTAL", "amount"));
        action.accept(ExplanationKeys.GENERAL_BUDGET, tables.valueOrZero("05", "TOTAL", "subtotal"));
        action.accept(ExplanationKeys.GOVERNMENT_FUND, tables.valueOrZero("08", "TOTAL", "subtotal"));
        action.accept(ExplanationKeys.STATE_CAPITAL, tables.valueOrZero("09", "TOTAL", "total"));
        action.accept(ExplanationKeys.GRAND_TOTAL, tables.valueOrZero("01", SummaryTableBuilder.INCOME_GRAND_TOTAL,
                "amount"));
        action.accept(ExplanationKeys.FISCAL_TOTAL, tables.valueOrZero("04", SummaryTableBuilder.INCOME_GRAND_TOTAL,
                "total"));
        for (String row : THREE_PUBLIC_ROWS) {
            String key = row.equals("TOTAL") ? ExplanationKeys.THREE_PUBLIC : ExplanationKeys.THREE_PUBLIC_PART + row;
            tables.value("07", row, "amount").ifPresent(amount -> action.accept(key, amount));
        }
    }
}
