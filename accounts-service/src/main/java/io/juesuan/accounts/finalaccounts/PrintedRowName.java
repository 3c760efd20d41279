package io.juesuan.accounts.finalaccounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The name a legacy document prints for a template row of 01 or 04. */
@Embeddable
public class PrintedRowName {

    @Column(name = "table_id")
    public String tableId;

    public int ordinal;

    public String name;

    public PrintedRowName() {
    }

    PrintedRowName(String tableId, int ordinal, String name) {
        this.tableId = tableId;
        this.ordinal = ordinal;
        this.name = name;
    }
}
