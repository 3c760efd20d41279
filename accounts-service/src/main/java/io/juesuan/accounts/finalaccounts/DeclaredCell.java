package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.figures.PrintedCell;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A cell as a legacy document prints it (a total or subtotal): a figure in yuan, a dash or a blank. */
@Embeddable
public class DeclaredCell {

    @Column(name = "table_id")
    public String tableId;

    @Column(name = "row_key")
    public String rowKey;

    @Column(name = "column_key")
    public String columnKey;

    /** The figure; null for a dash or a blank. */
    public BigDecimal amount;

    /** "-" or "" (blank) for a cell printed without a figure; null for a figure. */
    public String mark;

    public DeclaredCell() {
    }

    DeclaredCell(String tableId, String rowKey, String columnKey, PrintedCell cell) {
        this.tableId = tableId;
        this.rowKey = rowKey;
        this.columnKey = columnKey;
        this.amount = cell.amount();
        this.mark = cell.mark();
    }

    PrintedCell printed() {
        return PrintedCell.of(amount, mark);
    }
}
