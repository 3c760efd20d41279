package io.juesuan.procurement.contracts;

import io.juesuan.procurement.summary.SummaryFigures;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/** The procurement summary computed from the contracts: by category, to SMEs and to small and micro, in yuan. */
public final class ContractSummary {

    private ContractSummary() {
    }

    public static SummaryFigures of(List<Contract> contracts) {
        return new SummaryFigures(sum(contracts, c -> true),
                sum(contracts, c -> c.category == ContractCategory.GOODS),
                sum(contracts, c -> c.category == ContractCategory.WORKS),
                sum(contracts, c -> c.category == ContractCategory.SERVICES),
                sum(contracts, c -> c.supplierScale.isSme()),
                sum(contracts, c -> c.supplierScale.isSmallOrMicro()));
    }

    private static BigDecimal sum(List<Contract> contracts, Predicate<Contract> which) {
        return contracts.stream().filter(which).map(c -> c.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
