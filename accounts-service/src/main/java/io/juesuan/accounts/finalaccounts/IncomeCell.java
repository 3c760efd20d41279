package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.figures.IncomeSource;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A stored income figure: one 项, one source, yuan. */
@Embeddable
public class IncomeCell {

    @Column(name = "function_code")
    public String functionCode;

    @Enumerated(EnumType.STRING)
    public IncomeSource source;

    public BigDecimal amount;

    public IncomeCell() {
    }

    IncomeCell(String functionCode, IncomeSource source, BigDecimal amount) {
        this.functionCode = functionCode;
        this.source = source;
        this.amount = amount;
    }
}
