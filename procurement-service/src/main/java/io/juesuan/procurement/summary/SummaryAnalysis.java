package io.juesuan.procurement.summary;

import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.findings.RoundingTolerance;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ratios, findings and the disclosure's sentence for a procurement summary: pure arithmetic over yuan, so the
 * text can never contradict the figures.
 */
public final class SummaryAnalysis {

    public static final String PARTS_SUM = "PROC-PARTS-SUM";
    public static final String SME_ABOVE_TOTAL = "PROC-SME-ABOVE-TOTAL";
    public static final String SMALL_MICRO_ABOVE_SME = "PROC-SMALL-MICRO-ABOVE-SME";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SummaryAnalysis() {
    }

    /** {@code part / total} in percent with two decimals, half-up; null when the total is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal total) {
        if (part == null || total.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
    }

    public static List<Finding> findings(SummaryFigures yuan) {
        List<Finding> findings = new ArrayList<>();
        List<BigDecimal> parts = Stream.of(yuan.goods(), yuan.works(), yuan.services())
                .filter(java.util.Objects::nonNull).toList();
        if (!parts.isEmpty()) {
            BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            RoundingTolerance.classify(yuan.total(), sum, parts.size()).ifPresent(severity -> findings.add(
                    new Finding(PARTS_SUM, severity, "货物、工程、服务支出合计 " + wan(sum) + " 万元，与总额 "
                            + wan(yuan.total()) + " 万元不符" + (severity == Finding.Severity.WARNING ? "（尾数误差）" : "")
                            + " / goods, works and services add up to " + wan(sum) + ", not the total "
                            + wan(yuan.total()), new Finding.Location("procurement", "total", null))));
        }
        if (yuan.sme() != null && yuan.sme().compareTo(yuan.total()) > 0) {
            findings.add(new Finding(SME_ABOVE_TOTAL, Finding.Severity.ERROR, "授予中小企业合同金额 " + wan(yuan.sme())
                    + " 万元超过采购总额 / the amount to SMEs exceeds the total",
                    new Finding.Location("procurement", "sme", null)));
        }
        if (yuan.smallMicro() != null && yuan.sme() != null && yuan.smallMicro().compareTo(yuan.sme()) > 0) {
            findings.add(new Finding(SMALL_MICRO_ABOVE_SME, Finding.Severity.ERROR, "授予小微企业合同金额 "
                    + wan(yuan.smallMicro()) + " 万元超过授予中小企业合同金额 / the amount to small and micro "
                    + "enterprises exceeds the amount to SMEs", new Finding.Location("procurement", "smallMicro", null)));
        }
        return findings;
    }

    /** The 政府采购情况 paragraph of the disclosure, generated from the figures. */
    public static String sentence(int year, SummaryFigures yuan) {
        return "本单位" + year + "年度政府采购支出总额" + wan(yuan.total()) + "万元，其中：政府采购货物支出"
                + wan(yuan.goods()) + "万元、政府采购工程支出" + wan(yuan.works()) + "万元、政府采购服务支出"
                + wan(yuan.services()) + "万元。授予中小企业合同金额" + wan(yuan.sme()) + "万元，占政府采购支出总额的"
                + ratio(yuan.sme(), yuan.total()) + "，其中：授予小微企业合同金额" + wan(yuan.smallMicro())
                + "万元，占政府采购支出总额的" + ratio(yuan.smallMicro(), yuan.total()) + "。";
    }

    private static String wan(BigDecimal yuan) {
        return MoneyUnit.toDisplay(yuan == null ? BigDecimal.ZERO : yuan).toPlainString();
    }

    private static String ratio(BigDecimal part, BigDecimal total) {
        BigDecimal percent = percent(part == null ? BigDecimal.ZERO : part, total);
        return percent == null ? "—" : percent.toPlainString() + "%";
    }
}
