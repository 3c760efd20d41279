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
    /** The disclosure states the SME share of procurement (财库〔2020〕46号); a summary without it is incomplete. */
    public static final String SME_MISSING = "PROC-SME-MISSING";
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

    /**
     * @param alone      the summary is what the disclosure states (no contracts give the figures instead)
     * @param transcript the summary transcribes a published disclosure: a missing figure is told, not blocking
     */
    public static List<Finding> findings(SummaryFigures yuan, boolean alone, boolean transcript) {
        List<Finding> findings = new ArrayList<>();
        if (alone && yuan.sme() == null) {
            findings.add(new Finding(SME_MISSING, Finding.Severity.ofAbsentRequiredFigure(transcript),
                    "未填报授予中小企业合同金额，公开文本不含该项 / the amount awarded to SMEs is not stated: the "
                            + "sentence leaves it out" + (transcript ? "" : "; state it (0 if none) to submit"),
                    new Finding.Location("procurement", "declaredSummary.sme", null)));
        }
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

    /**
     * The 政府采购情况 paragraph of the disclosure, generated from the figures: a figure that is not stated has no
     * clause (never 0.00), and a share is given only of a stated amount and a total above zero.
     */
    public static String sentence(int year, SummaryFigures yuan) {
        StringBuilder text = totalByKind("本单位" + year + "年度政府采购支出总额", yuan, "政府采购货物支出",
                "政府采购工程支出", "政府采购服务支出");
        if (yuan.sme() != null) {
            text.append("授予中小企业合同金额").append(wan(yuan.sme())).append("万元").append(share(yuan.sme(), yuan));
            if (yuan.smallMicro() != null) {
                text.append("，其中：授予小微企业合同金额").append(wan(yuan.smallMicro())).append("万元")
                        .append(share(yuan.smallMicro(), yuan));
            }
            text.append("。");
        } else if (yuan.smallMicro() != null) {
            text.append("授予小微企业合同金额").append(wan(yuan.smallMicro())).append("万元")
                    .append(share(yuan.smallMicro(), yuan)).append("。");
        }
        return text.toString();
    }

    /**
     * The first sentence as the disclosures of the 财库〔2020〕46号 scheme print it: the procurement contracted in
     * the year and its goods, works and services.
     */
    public static String contractSentence(int year, SummaryFigures yuan) {
        return totalByKind("本部门" + year + "年度政府采购金额（以合同签订为准）为", yuan, "货物采购金额", "工程采购金额",
                "服务采购金额").toString();
    }

    /** "{opening}…万元，其中：goods…万元、works…万元、services…万元。", each kind only when stated. */
    private static StringBuilder totalByKind(String opening, SummaryFigures yuan, String goods, String works,
                                             String services) {
        StringBuilder text = new StringBuilder(opening).append(wan(yuan.total())).append("万元");
        List<String> parts = new ArrayList<>();
        part(parts, goods, yuan.goods());
        part(parts, works, yuan.works());
        part(parts, services, yuan.services());
        if (!parts.isEmpty()) {
            text.append("，其中：").append(String.join("、", parts));
        }
        return text.append("。");
    }

    private static void part(List<String> parts, String label, BigDecimal yuan) {
        if (yuan != null) {
            parts.add(label + wan(yuan) + "万元");
        }
    }

    private static String share(BigDecimal part, SummaryFigures yuan) {
        BigDecimal percent = percent(part, yuan.total());
        return percent == null ? "" : "，占政府采购支出总额的" + percent.toPlainString() + "%";
    }

    private static String wan(BigDecimal yuan) {
        return MoneyUnit.toDisplay(yuan).toPlainString();
    }
}
