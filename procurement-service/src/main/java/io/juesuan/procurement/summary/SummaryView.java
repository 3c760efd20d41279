package io.juesuan.procurement.summary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.math.BigDecimal;

/**
 * A summary shown to the public: figures in 万元 and the two ratios (percent, two decimals, half-up).
 *
 * @param smeRatio        授予中小企业合同金额 / 总额, %
 * @param smallMicroRatio 授予小微企业合同金额 / 总额, %
 */
public record SummaryView(@JsonUnwrapped SummaryFigures figures, BigDecimal smeRatio, BigDecimal smallMicroRatio) {

    public static SummaryView of(SummaryFigures yuan) {
        return new SummaryView(yuan.map(io.juesuan.platform.money.MoneyUnit::toDisplay),
                SummaryAnalysis.percent(yuan.sme(), yuan.total()),
                SummaryAnalysis.percent(yuan.smallMicro(), yuan.total()));
    }
}
