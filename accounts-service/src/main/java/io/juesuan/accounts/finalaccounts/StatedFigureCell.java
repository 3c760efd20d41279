package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.explanations.StatedFigures;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** The figures a legacy explanation text states for one line: amounts in yuan, the percentage as printed. */
@Embeddable
public class StatedFigureCell {

    @Column(name = "line_key")
    public String lineKey;

    public BigDecimal amount;

    @Column(name = "base_amount")
    public BigDecimal base;

    @Column(name = "change_amount")
    public BigDecimal change;

    public BigDecimal percent;

    /** 完成年初预算的 %, as printed. */
    public BigDecimal completion;

    public StatedFigureCell() {
    }

    StatedFigureCell(String lineKey, StatedFigures figures) {
        this.lineKey = lineKey;
        this.amount = figures.amount();
        this.base = figures.base();
        this.change = figures.change();
        this.percent = figures.percent();
        this.completion = figures.completion();
    }

    StatedFigures figures() {
        return new StatedFigures(amount, base, change, percent, completion);
    }
}
