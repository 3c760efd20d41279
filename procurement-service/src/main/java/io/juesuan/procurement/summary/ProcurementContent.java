package io.juesuan.procurement.summary;

import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.procurement.contracts.Contract;
import io.juesuan.procurement.contracts.ContractChecks;
import io.juesuan.procurement.contracts.ContractSummary;
import io.juesuan.procurement.contracts.ContractView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A department-year's procurement as read back and published.
 *
 * @param unit            of the summaries' amounts: 万元
 * @param declaredSummary the stated totals with their ratios; null when none are stated
 * @param contractSummary the totals the contracts give, with their ratios; null when there are no contracts
 * @param reserved        the 财库〔2020〕46号 reserved-project figures and the SME share they give; null when not stated
 * @param contracts       every contract, amounts in yuan
 * @param sentence        the disclosure's 政府采购情况 paragraph, generated from the contracts or else the declared
 *                        summary; it states only the figures that are known
 * @param transcribedFrom the disclosure a legacy document transcribes; null for native entry
 * @param findings        validation findings
 */
public record ProcurementContent(MoneyUnit unit, SummaryView declaredSummary, SummaryView contractSummary,
                                 ReservedView reserved, List<ContractView> contracts, String sentence,
                                 String transcribedFrom, List<Finding> findings) {

    static ProcurementContent of(int year, SummaryFigures declaredYuan, ReservedShares reservedYuan,
                                 List<Contract> contracts, String transcribedFrom) {
        List<Finding> findings = new ArrayList<>();
        if (declaredYuan != null) {
            // the SME amount a summary leaves out is stated after all when the 46号 figures give both its parts
            BigDecimal derivedSme = declaredYuan.sme() == null && reservedYuan != null ? reservedYuan.smeAwarded()
                    : null;
            findings.addAll(SummaryAnalysis.findings(derivedSme == null ? declaredYuan : declaredYuan.withSme(
                    derivedSme), contracts.isEmpty(), transcribedFrom != null));
        }
        if (reservedYuan != null) {
            findings.addAll(ReservedAnalysis.findings(reservedYuan, declaredYuan == null ? null : declaredYuan.sme()));
        }
        SummaryFigures computed = contracts.isEmpty() ? null : ContractSummary.of(contracts);
        if (computed != null) {
            findings.addAll(ContractChecks.check(contracts, declaredYuan, computed));
        }
        SummaryFigures spoken = computed != null ? computed : declaredYuan;
        String sentence = spoken == null ? null : reservedYuan == null ? SummaryAnalysis.sentence(year, spoken)
                : SummaryAnalysis.contractSentence(year, spoken) + ReservedAnalysis.sentences(year, reservedYuan);
        return new ProcurementContent(MoneyUnit.TEN_THOUSAND_YUAN,
                declaredYuan == null ? null : SummaryView.of(declaredYuan),
                computed == null ? null : SummaryView.of(computed),
                reservedYuan == null ? null : ReservedView.of(reservedYuan, spoken),
                contracts.stream().map(Contract::view).toList(), sentence, transcribedFrom, findings);
    }
}
