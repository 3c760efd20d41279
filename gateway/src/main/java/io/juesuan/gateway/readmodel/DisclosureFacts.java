package io.juesuan.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one assembled disclosure that statistics and compliance add up across departments, in 万元.
 * Totals are the printed ones of table 01; 三公 comes from the exact yuan amounts; procurement from the contracts'
 * summary, else the declared one.
 */
record DisclosureFacts(BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal threePublicActual,
                       BigDecimal threePublicBudget, BigDecimal procurementTotal, BigDecimal procurementSme,
                       BigDecimal procurementSmallMicro, Map<String, Integer> grades,
                       OffsetDateTime accountsPublishedAt, String approvalNumber, LocalDate approvalDate) {

    static DisclosureFacts of(JsonNode document) {
        JsonNode accounts = document.path("finalAccounts");
        JsonNode procurement = document.path("procurement");
        JsonNode summary = procurementSummary(procurement);
        Map<String, Integer> grades = grades(document.path("evaluation"));
        JsonNode approval = accounts.path("approval");
        return new DisclosureFacts(
                table01(accounts, "INCOME_TOTAL"), table01(accounts, "EXPENDITURE_TOTAL"),
                threePublic(accounts, "actual"), threePublic(accounts, "budget"),
                decimal(summary.path("total")), smeAwarded(procurement, summary), decimal(summary.path("smallMicro")),
                grades, accountsPublishedAt(document),
                approval.path("number").asText(null),
                approval.hasNonNull("date") ? LocalDate.parse(approval.path("date").asText()) : null);
    }

    /**
     * How many projects got each grade: from the per-project tables, else from a summary-only disclosure's counts
     * (优 / 良 / 合格 / 不合格).
     */
    static Map<String, Integer> grades(JsonNode evaluation) {
        Map<String, Integer> grades = new TreeMap<>();
        for (JsonNode project : evaluation.path("projects")) {
            if (project.hasNonNull("grade")) {
                grades.merge(project.path("grade").asText(), 1, Integer::sum);
            }
        }
        JsonNode performance = evaluation.path("performance");
        if (grades.isEmpty() && performance.isObject()) {
            SUMMARY_GRADES.forEach((field, grade) -> {
                if (performance.path(field).canConvertToInt() && performance.path(field).intValue() > 0) {
                    grades.put(grade, performance.path(field).intValue());
                }
            });
        }
        return grades;
    }

    private static final Map<String, String> SUMMARY_GRADES = Map.of("excellent", "优", "good", "良",
            "qualified", "合格", "unqualified", "不合格");

    /** The summary the contracts give when there are contracts, else the one a legacy disclosure declared. */
    static JsonNode procurementSummary(JsonNode procurement) {
        return procurement.hasNonNull("contractSummary") ? procurement.path("contractSummary")
                : procurement.path("declaredSummary");
    }

    /**
     * What was awarded to SMEs: as the summary states it, else what the 财库〔2020〕46号 figures say SMEs won in
     * reserved and other projects together.
     */
    static BigDecimal smeAwarded(JsonNode procurement, JsonNode summary) {
        BigDecimal stated = decimal(summary.path("sme"));
        return stated != null || procurement.hasNonNull("contractSummary") ? stated
                : decimal(procurement.path("reserved").path("smeAwarded"));
    }

    /** A row's amount in table 01 as printed, in 万元. */
    static BigDecimal table01(JsonNode accounts, String code) {
        for (JsonNode row : accounts.path("tables").path("01").path("rows")) {
            if (code.equals(row.path("code").asText())) {
                return decimal(row.path("values").path("amount"));
            }
        }
        return null;
    }

    /**
     * The four 三公 amounts together, converted from the part's unit; null unless each is stated, for the sum of
     * some kinds is not the department's 三公 total.
     */
    private static BigDecimal threePublic(JsonNode accounts, String kind) {
        JsonNode amounts = accounts.path("threePublic").path(kind);
        BigDecimal sum = BigDecimal.ZERO;
        for (String each : THREE_PUBLIC_KINDS) {
            if (!amounts.path(each).isNumber()) {
                return null;
            }
            sum = sum.add(amounts.path(each).decimalValue());
        }
        return yuan(accounts, sum).movePointLeft(4);
    }

    private static final List<String> THREE_PUBLIC_KINDS = List.of("abroad", "vehiclePurchase", "vehicleOperation",
            "reception");

    /** An amount of the final accounts, stated in their unit (元 or 万元), as exact yuan. */
    static BigDecimal yuan(JsonNode accounts, BigDecimal amount) {
        return MoneyUnit.ofLabel(accounts.path("unit").asText(MoneyUnit.YUAN.label())).toYuan(amount);
    }

    /** When the final accounts were first published: their version 1 in the history. */
    private static OffsetDateTime accountsPublishedAt(JsonNode document) {
        for (JsonNode change : document.path("history")) {
            if ("finalAccounts".equals(change.path("part").asText()) && change.path("partVersion").asInt() == 1) {
                return OffsetDateTime.parse(change.path("publishedAt").asText());
            }
        }
        return null;
    }

    private static BigDecimal decimal(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : null;
    }
}
