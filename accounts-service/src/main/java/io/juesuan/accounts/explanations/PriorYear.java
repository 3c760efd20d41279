package io.juesuan.accounts.explanations;

import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Last year's figures of the explanation lines, in 万元. From last year's record when the platform has it, where
 * a 项 absent from it had no spending; else from the figures the document gives, where an absent one is unknown.
 */
public final class PriorYear {

    public enum Source { RECORD, DOCUMENT }

    private final Source source;
    private final Map<String, BigDecimal> amounts;

    private PriorYear(Source source, Map<String, BigDecimal> amounts) {
        this.source = source;
        this.amounts = amounts;
    }

    /** From the tables of last year's record and its 机关运行经费 (yuan, or null). */
    public static PriorYear fromRecord(TableFigures tables, BigDecimal officeOperationYuan) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        TotalsOfTables.forEach(tables, amounts::put);
        tables.table("05").ifPresent(t05 -> t05.rows().stream()
                .filter(row -> ExplanationKeys.isItem(row.code()))
                .forEach(row -> amounts.put(row.code(), valueOrZero(row, "subtotal"))));
        if (officeOperationYuan != null) {
            amounts.put(ExplanationKeys.OFFICE_OPERATION, MoneyUnit.toDisplay(officeOperationYuan));
        }
        return new PriorYear(Source.RECORD, amounts);
    }

    /** From the prior-year figures a document gives (yuan). */
    public static PriorYear fromDocument(ExplanationData data) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        data.inputs().forEach((key, input) -> {
            if (input.priorYear() != null) {
                amounts.put(key, MoneyUnit.toDisplay(input.priorYear()));
            }
        });
        return new PriorYear(Source.DOCUMENT, amounts);
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    public Source source() {
        return source;
    }

    public Optional<BigDecimal> of(String key) {
        BigDecimal amount = amounts.get(key);
        if (amount == null && source == Source.RECORD && ExplanationKeys.isItem(key)) {
            return Optional.of(BigDecimal.ZERO.setScale(MoneyUnit.DISPLAY_SCALE));
        }
        return Optional.ofNullable(amount);
    }

    /** The 项 of table 05 that had a figure last year. */
    public Map<String, BigDecimal> items() {
        Map<String, BigDecimal> items = new TreeMap<>();
        amounts.forEach((key, amount) -> {
            if (ExplanationKeys.isItem(key)) {
                items.put(key, amount);
            }
        });
        return items;
    }

    private static BigDecimal valueOrZero(PublicTable.Row row, String column) {
        BigDecimal value = row.values().get(column);
        return value == null ? BigDecimal.ZERO.setScale(MoneyUnit.DISPLAY_SCALE) : value;
    }
}
