package io.juesuan.accounts.finalaccounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A stored basic-expenditure figure of the general budget: one economic 款, yuan. */
@Embeddable
public class EconomicCell {

    @Column(name = "economic_code")
    public String economicCode;

    public BigDecimal amount;

    public EconomicCell() {
    }

    EconomicCell(String economicCode, BigDecimal amount) {
        this.economicCode = economicCode;
        this.amount = amount;
    }
}
