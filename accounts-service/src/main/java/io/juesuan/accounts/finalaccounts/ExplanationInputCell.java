package io.juesuan.accounts.finalaccounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Last year's figure (yuan) and the reason of one explanation line. */
@Embeddable
public class ExplanationInputCell {

    @Column(name = "line_key")
    public String lineKey;

    @Column(name = "prior_year")
    public BigDecimal priorYear;

    public String reason;

    public ExplanationInputCell() {
    }

    ExplanationInputCell(String lineKey, BigDecimal priorYear, String reason) {
        this.lineKey = lineKey;
        this.priorYear = priorYear;
        this.reason = reason;
    }
}
