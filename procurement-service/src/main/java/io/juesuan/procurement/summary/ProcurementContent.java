package io.juesuan.procurement.summary;

import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;

import java.util.List;

/**
 * A department-year's procurement as read back and published.
 *
 * @param unit            of the summary's amounts: 万元
 * @param declaredSummary the stated totals with their ratios
 * @param sentence        the disclosure's 政府采购情况 paragraph, generated from the figures
 * @param findings        validation findings
 */
public record ProcurementContent(MoneyUnit unit, SummaryView declaredSummary, String sentence,
                                 List<Finding> findings) {

    static ProcurementContent of(int year, SummaryFigures declaredYuan) {
        return new ProcurementContent(MoneyUnit.TEN_THOUSAND_YUAN, SummaryView.of(declaredYuan),
                SummaryAnalysis.sentence(year, declaredYuan), SummaryAnalysis.findings(declaredYuan));
    }
}
