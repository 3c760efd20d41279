package io.juesuan.procurement.summary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;

/**
 * The 财库〔2020〕46号 figures shown to the public: in 万元, with what SMEs won in all and its share of the year's
 * procurement (percent, two decimals, half-up).
 *
 * @param smeAwarded what SMEs won in reserved and other projects, 万元; null unless both are stated
 * @param smeShare   that amount over the procurement total, %; null when either is unknown or the total is zero
 */
public record ReservedView(@JsonUnwrapped ReservedShares figures, BigDecimal smeAwarded, BigDecimal smeShare) {

    /** @param summary the totals the disclosure speaks of (contracts, else the declared summary); may be null */
    static ReservedView of(ReservedShares yuan, SummaryFigures summary) {
        BigDecimal awarded = yuan.smeAwarded();
        return new ReservedView(yuan.map(MoneyUnit::toDisplay), awarded == null ? null : MoneyUnit.toDisplay(awarded),
                summary == null || awarded == null ? null : SummaryAnalysis.percent(awarded, summary.total()));
    }
}
