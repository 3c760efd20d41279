package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.figures.ExpenditureKind;
import io.juesuan.accounts.figures.Fund;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A stored expenditure figure: one 项, one fund, one kind, yuan. */
@Embeddable
public class ExpenditureCell {

    @Column(name = "function_code")
    public String functionCode;

    @Enumerated(EnumType.STRING)
    public Fund fund;

    @Enumerated(EnumType.STRING)
    public ExpenditureKind kind;

    public BigDecimal amount;

    public ExpenditureCell() {
    }

    ExpenditureCell(String functionCode, Fund fund, ExpenditureKind kind, BigDecimal amount) {
        this.functionCode = functionCode;
        this.fund = fund;
        this.kind = kind;
        this.amount = amount;
    }
}
