package io.juesuan.evaluation.projects;

import io.juesuan.evaluation.funds.FundRow;
import io.juesuan.evaluation.funds.FundSource;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** One row of a project's fund table as stored: amounts in yuan, the rate as printed. */
@Embeddable
public class FundRowCell {

    /** The position of the project in the evaluation. */
    @Column(name = "project_index")
    public int projectIndex;

    @Enumerated(EnumType.STRING)
    public FundSource source;

    public BigDecimal initial;
    public BigDecimal adjustment;
    public BigDecimal allocated;
    public BigDecimal balance;
    public BigDecimal arrived;
    public BigDecimal spent;
    public BigDecimal remaining;

    @Column(name = "remaining_rate")
    public BigDecimal remainingRate;

    public FundRowCell() {
    }

    FundRowCell(int projectIndex, FundSource source, FundRow yuan) {
        this.projectIndex = projectIndex;
        this.source = source;
        this.initial = yuan.initial();
        this.adjustment = yuan.adjustment();
        this.allocated = yuan.allocated();
        this.balance = yuan.balance();
        this.arrived = yuan.arrived();
        this.spent = yuan.spent();
        this.remaining = yuan.remaining();
        this.remainingRate = yuan.remainingRate();
    }

    FundRow row() {
        return new FundRow(initial, adjustment, allocated, balance, arrived, spent, remaining, remainingRate);
    }
}
