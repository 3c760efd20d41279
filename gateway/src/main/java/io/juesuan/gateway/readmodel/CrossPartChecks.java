package io.juesuan.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.findings.Finding.Severity;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Findings no single service can make because they need two parts: each evaluated project's spending against the
 * final accounts' 项目支出 of its function code, and the procurement total against the total expenditure. Figures
 * compare in 万元 at two decimals, as printed; a gap within one printed digit is the conversion's rounding.
 */
final class CrossPartChecks {

    static final String PROJECT_SPENDING = "GW-EVAL-PROJECT-SPENDING";
    static final String PROJECT_FUNCTION = "GW-EVAL-PROJECT-FUNCTION";
    static final String PROCUREMENT_TOTAL = "GW-PROC-ABOVE-EXPENDITURE";

    private static final BigDecimal ONE_DIGIT = new BigDecimal("0.01");

    private CrossPartChecks() {
    }

    static List<Finding> of(Map<Part, JsonNode> parts) {
        JsonNode accounts = parts.get(Part.FINAL_ACCOUNTS);
        List<Finding> findings = new ArrayList<>();
        if (accounts == null) {
            return findings;
        }
        JsonNode evaluation = parts.get(Part.EVALUATION);
        if (evaluation != null) {
            for (JsonNode project : evaluation.path("projects")) {
                checkProject(accounts, project, findings);
            }
        }
        JsonNode procurement = parts.get(Part.PROCUREMENT);
        if (procurement != null) {
            checkProcurement(accounts, procurement, findings);
        }
        return findings;
    }

    private static void checkProject(JsonNode accounts, JsonNode project, List<Finding> findings) {
        String name = project.path("name").asText();
        String functionCode = project.path("functionCode").asText();
        BigDecimal spent = spent(project);
        if (spent == null || functionCode.isEmpty()) {
            return;
        }
        BigDecimal projectExpenditure = projectExpenditureWan(accounts, functionCode);
        Finding.Location location = new Finding.Location("evaluation", name, "spent");
        if (projectExpenditure == null) {
            findings.add(new Finding(PROJECT_FUNCTION, Severity.WARNING,
                    "绩效自评项目“" + name + "”的功能科目 " + functionCode + " 在部门决算中没有项目支出 / the project's "
                            + "function code " + functionCode + " has no project spending in the final accounts",
                    location));
            return;
        }
        if (spent.subtract(projectExpenditure).compareTo(ONE_DIGIT) > 0) {
            findings.add(new Finding(PROJECT_SPENDING, Severity.ERROR,
                    "绩效自评项目“" + name + "”支出 " + spent.toPlainString() + " 万元，超过部门决算功能科目 " + functionCode
                            + " 的项目支出 " + projectExpenditure.toPlainString() + " 万元 / the project spent more than the "
                            + "final accounts' project spending of its function code", location));
        }
    }

    /** 实际支出 of the 合计 row of the fund table, in 万元. */
    private static BigDecimal spent(JsonNode project) {
        JsonNode spent = project.path("fundTable").path("rows").path("TOTAL").path("spent");
        return spent.isNumber() ? spent.decimalValue() : null;
    }

    /** 项目支出 of a function code, every fund together, in 万元; null when the accounts show none. */
    private static BigDecimal projectExpenditureWan(JsonNode accounts, String functionCode) {
        BigDecimal sum = null;
        for (JsonNode line : accounts.path("expenditure")) {
            JsonNode project = line.path("amounts").path("project");
            if (functionCode.equals(line.path("functionCode").asText()) && project.isNumber()) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(project.decimalValue());
            }
        }
        return sum == null ? null : MoneyUnit.toDisplay(DisclosureFacts.yuan(accounts, sum));
    }

    private static void checkProcurement(JsonNode accounts, JsonNode procurement, List<Finding> findings) {
        JsonNode summary = DisclosureFacts.procurementSummary(procurement);
        JsonNode total = summary.path("total");
        BigDecimal expenditureWan = DisclosureFacts.table01(accounts, "EXPENDITURE_TOTAL");
        if (!total.isNumber() || expenditureWan == null) {
            return;
        }
        if (total.decimalValue().subtract(expenditureWan).compareTo(ONE_DIGIT) > 0) {
            findings.add(new Finding(PROCUREMENT_TOTAL, Severity.ERROR,
                    "政府采购支出总额 " + total.decimalValue().toPlainString() + " 万元，超过部门本年支出合计 "
                            + expenditureWan.toPlainString() + " 万元 / procurement above the department's total "
                            + "expenditure", new Finding.Location("procurement", "total", null)));
        }
    }
}
