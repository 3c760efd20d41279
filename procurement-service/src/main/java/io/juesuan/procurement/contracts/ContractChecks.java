package io.juesuan.procurement.contracts;

import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.procurement.summary.SummaryFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Findings where contracts exist: a contract number used twice, and every figure of a declared summary that
 * differs from the one the contracts give (one printed digit, 0.01 万元, is a warning; more is an error).
 */
public final class ContractChecks {

    private static final BigDecimal ONE_DIGIT_YUAN = new BigDecimal("100");
    private static final Map<String, Function<SummaryFigures, BigDecimal>> FIGURES = new java.util.LinkedHashMap<>();

    static {
        FIGURES.put("total", SummaryFigures::total);
        FIGURES.put("goods", SummaryFigures::goods);
        FIGURES.put("works", SummaryFigures::works);
        FIGURES.put("services", SummaryFigures::services);
        FIGURES.put("sme", SummaryFigures::sme);
        FIGURES.put("smallMicro", SummaryFigures::smallMicro);
    }

    private ContractChecks() {
    }

    public static List<Finding> check(List<Contract> contracts, SummaryFigures declaredYuan, SummaryFigures computed) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> numbers = new TreeMap<>();
        contracts.forEach(c -> numbers.merge(c.number, 1, Integer::sum));
        numbers.forEach((number, count) -> {
            if (count > 1) {
                findings.add(new Finding("PROC-DUPLICATE-CONTRACT-NUMBER", Finding.Severity.ERROR, "合同编号 " + number
                        + " 重复 " + count + " 次 / contract number used " + count + " times",
                        new Finding.Location("procurement", number, "number")));
            }
        });
        if (declaredYuan == null) {
            return findings;
        }
        FIGURES.forEach((name, figure) -> {
            BigDecimal declared = figure.apply(declaredYuan);
            BigDecimal fromContracts = figure.apply(computed);
            if (declared != null && declared.compareTo(fromContracts) != 0) {
                BigDecimal gap = declared.subtract(fromContracts).abs();
                findings.add(new Finding("PROC-DECLARED-DIFFERS", gap.compareTo(ONE_DIGIT_YUAN) <= 0
                        ? Finding.Severity.WARNING : Finding.Severity.ERROR, "所述 " + wan(declared) + " 万元，按合同计算为 "
                        + wan(fromContracts) + " 万元 / the declared summary differs from the contracts",
                        new Finding.Location("procurement", name, null)));
            }
        });
        return findings;
    }

    private static String wan(BigDecimal yuan) {
        return MoneyUnit.toDisplay(yuan).toPlainString();
    }
}
