package io.juesuan.accounts.finalaccounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Last year's figure and the year's budget (yuan), and the reason of one explanation line. */
@Embeddable
public class ExplanationInputCell {

    @Column(name = "line_key")
    public String lineKey;

    @Column(name = "prior_year")
    public BigDecimal priorYear;

    /** 年初预算数, yuan. */
    public BigDecimal budget;

    public String reason;

    public ExplanationInputCell() {
    }

    ExplanationInputCell(String lineKey, BigDecimal priorYear, BigDecimal budget, String reason) {
        this.lineKey = lineKey;
        this.priorYear = priorYear;
        this.budget = budget;
        this.reason = reason;
    }
}
