package io.juesuan.accounts.tables;

import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Read access to the shown figures of the generated tables, in 万元 as the public sees them. */
public record TableFigures(Map<String, PublicTable> byId) {

    /** The shown figure of a cell; empty when the table, row or figure is absent (a blank cell). */
    public Optional<BigDecimal> value(String table, String row, String column) {
        PublicTable t = byId.get(table);
        if (t == null) {
            return Optional.empty();
        }
        return t.rows().stream().filter(r -> r.code().equals(row)).findFirst()
                .map(r -> r.values().get(column));
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(MoneyUnit.DISPLAY_SCALE);

    /** A blank cell counts as zero, shown as 0.00. */
    public BigDecimal valueOrZero(String table, String row, String column) {
        return value(table, row, column).orElse(ZERO);
    }

    /** The printed name of a row; empty when the table or row is absent. */
    public Optional<String> rowName(String table, String row) {
        return table(table).flatMap(t -> t.rows().stream().filter(r -> r.code().equals(row)).findFirst())
                .map(PublicTable.Row::name);
    }

    public Optional<PublicTable> table(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
