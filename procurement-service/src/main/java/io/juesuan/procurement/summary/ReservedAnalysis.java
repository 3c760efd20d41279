package io.juesuan.procurement.summary;

import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.findings.RoundingTolerance;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks and the sentences of the 财库〔2020〕46号 reserved-project figures: the reservation for small and
 * micro enterprises lies within the SME reservation, what was won in reserved projects within what was reserved,
 * and what SMEs won in all is the amount awarded to SMEs the summary states.
 */
public final class ReservedAnalysis {

    public static final String SMALL_MICRO_ABOVE_SME = "PROC-RESERVED-SMALL-MICRO-ABOVE-SME";
    public static final String AWARDED_ABOVE_RESERVED = "PROC-RESERVED-AWARDED-ABOVE-RESERVED";
    public static final String PARTS_SUM = "PROC-RESERVED-PARTS-SUM";

    private ReservedAnalysis() {
    }

    /** @param sme the amount awarded to SMEs the summary states, yuan; null when it states none */
    public static List<Finding> findings(ReservedShares yuan, BigDecimal sme) {
        List<Finding> findings = new ArrayList<>();
        notAbove(findings, SMALL_MICRO_ABOVE_SME, "smallMicroReserved", yuan.smallMicroReserved(), "面向小微企业预留",
                "smeReserved", yuan.smeReserved(), "面向中小企业预留");
        notAbove(findings, AWARDED_ABOVE_RESERVED, "smeAwardedInReserved", yuan.smeAwardedInReserved(),
                "预留项目中由中小企业中标成交", "smeReserved", yuan.smeReserved(), "面向中小企业预留");
        notAbove(findings, AWARDED_ABOVE_RESERVED, "smallMicroAwardedInReserved", yuan.smallMicroAwardedInReserved(),
                "预留小微项目中由小微企业中标成交", "smallMicroReserved", yuan.smallMicroReserved(), "面向小微企业预留");
        notAbove(findings, AWARDED_ABOVE_RESERVED, "smallMicroAwardedInReserved", yuan.smallMicroAwardedInReserved(),
                "预留小微项目中由小微企业中标成交", "smeAwardedInReserved", yuan.smeAwardedInReserved(),
                "预留项目中由中小企业中标成交");
        BigDecimal awarded = yuan.smeAwarded();
        if (awarded != null && sme != null) {
            RoundingTolerance.classify(sme, awarded, 2).ifPresent(severity -> findings.add(new Finding(PARTS_SUM,
                    severity, "预留项目与其他项目中由中小企业中标成交的金额合计 " + wan(awarded) + " 万元，与授予中小企业合同金额 "
                    + wan(sme) + " 万元不符" + (severity == Finding.Severity.WARNING ? "（尾数误差）" : "")
                    + " / what SMEs won in reserved and other projects adds up to " + wan(awarded) + ", not the "
                    + "amount awarded to SMEs " + wan(sme), new Finding.Location("procurement", "declaredSummary.sme",
                    null))));
        }
        return findings;
    }

    private static void notAbove(List<Finding> findings, String rule, String field, BigDecimal part, String partLabel,
                                 String wholeField, BigDecimal whole, String wholeLabel) {
        if (part != null && whole != null && part.compareTo(whole) > 0) {
            findings.add(new Finding(rule, Finding.Severity.ERROR, partLabel + "金额 " + wan(part) + " 万元超过" + wholeLabel
                    + "金额 " + wan(whole) + " 万元 / " + field + " exceeds " + wholeField,
                    new Finding.Location("procurement", "reserved." + field, null)));
        }
    }

    /**
     * The reserved-project sentences as 财库〔2020〕46号's disclosures print them, each clause only when its figure
     * is stated; empty when none is.
     */
    public static String sentences(int year, ReservedShares yuan) {
        List<String> reserved = new ArrayList<>();
        clause(reserved, "面向中小企业预留政府采购项目预算金额", yuan.smeReserved());
        clause(reserved, "面向小微企业预留政府采购项目预算金额", yuan.smallMicroReserved());
        List<String> awarded = new ArrayList<>();
        clause(awarded, "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额",
                yuan.smeAwardedInReserved());
        clause(awarded, "在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额",
                yuan.smallMicroAwardedInReserved());
        clause(awarded, "在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额", yuan.smeAwardedInOther());
        StringBuilder text = new StringBuilder();
        if (!reserved.isEmpty()) {
            text.append(year).append("年度本部门").append(String.join("，", reserved)).append("。");
        }
        if (!awarded.isEmpty()) {
            text.append(String.join("；", awarded)).append("。");
        }
        return text.toString();
    }

    private static void clause(List<String> clauses, String label, BigDecimal yuan) {
        if (yuan != null) {
            clauses.add(label + wan(yuan) + "万元");
        }
    }

    private static String wan(BigDecimal yuan) {
        return MoneyUnit.toDisplay(yuan).toPlainString();
    }
}
