package io.juesuan.accounts.finalaccounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A cell as a legacy document prints it (a total or subtotal), yuan; shown beside the computed one. */
@Embeddable
public class DeclaredCell {

    @Column(name = "table_id")
    public String tableId;

    @Column(name = "row_key")
    public String rowKey;

    @Column(name = "column_key")
    public String columnKey;

    public BigDecimal amount;

    public DeclaredCell() {
    }

    DeclaredCell(String tableId, String rowKey, String columnKey, BigDecimal amount) {
        this.tableId = tableId;
        this.rowKey = rowKey;
        this.columnKey = columnKey;
        this.amount = amount;
    }
}
