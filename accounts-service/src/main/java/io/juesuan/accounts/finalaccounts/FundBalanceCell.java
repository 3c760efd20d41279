package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.figures.Fund;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A stored balance of one 项 in one fund (公开08/09表's 年初/年末结转和结余), yuan; null where not given. */
@Embeddable
public class FundBalanceCell {

    @Column(name = "function_code")
    public String functionCode;

    @Enumerated(EnumType.STRING)
    public Fund fund;

    public BigDecimal opening;

    public BigDecimal closing;

    public FundBalanceCell() {
    }

    FundBalanceCell(String functionCode, Fund fund, BigDecimal opening, BigDecimal closing) {
        this.functionCode = functionCode;
        this.fund = fund;
        this.opening = opening;
        this.closing = closing;
    }
}
