package io.juesuan.procurement.summary;

import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.procurement.contracts.Contract;
import io.juesuan.procurement.contracts.ContractChecks;
import io.juesuan.procurement.contracts.ContractSummary;
import io.juesuan.procurement.contracts.ContractView;

import java.util.ArrayList;
import java.util.List;

/**
 * A department-year's procurement as read back and published.
 *
 * @param unit            of the summaries' amounts: 万元
 * @param declaredSummary the stated totals with their ratios; null when none are stated
 * @param contractSummary the totals the contracts give, with their ratios; null when there are no contracts
 * @param contracts       every contract, amounts in yuan
 * @param sentence        the disclosure's 政府采购情况 paragraph, generated from the contracts or else the declared
 *                        summary; it states only the figures that are known
 * @param transcribedFrom the disclosure a legacy document transcribes; null for native entry
 * @param findings        validation findings
 */
public record ProcurementContent(MoneyUnit unit, SummaryView declaredSummary, SummaryView contractSummary,
                                 List<ContractView> contracts, String sentence, String transcribedFrom,
                                 List<Finding> findings) {

    static ProcurementContent of(int year, SummaryFigures declaredYuan, List<Contract> contracts,
                                 String transcribedFrom) {
        List<Finding> findings = new ArrayList<>();
        if (declaredYuan != null) {
            findings.addAll(SummaryAnalysis.findings(declaredYuan, contracts.isEmpty(), transcribedFrom != null));
        }
        SummaryFigures computed = contracts.isEmpty() ? null : ContractSummary.of(contracts);
        if (computed != null) {
            findings.addAll(ContractChecks.check(contracts, declaredYuan, computed));
        }
        SummaryFigures spoken = computed != null ? computed : declaredYuan;
        return new ProcurementContent(MoneyUnit.TEN_THOUSAND_YUAN,
                declaredYuan == null ? null : SummaryView.of(declaredYuan),
                computed == null ? null : SummaryView.of(computed),
                contracts.stream().map(Contract::view).toList(),
                spoken == null ? null : SummaryAnalysis.sentence(year, spoken), transcribedFrom, findings);
    }
}
