package io.juesuan.accounts.explanations;

import io.juesuan.accounts.figures.ThreePublicCounts;
import io.juesuan.accounts.profile.StateAssets;
import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.findings.RoundingTolerance;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks of the explanation inputs themselves: last year's 项 add up to last year's total, 机关运行经费 stays
 * within 06's 公用经费 (soft: it covers administrative units only), a 项 that differs from what its text compares it
 * with (last year's figure, or its 年初预算 in Shanghai's wording) gives its reason, and a prior-year
 * figure the document gives agrees with last year's record.
 */
final class ExplanationChecks {

    private ExplanationChecks() {
    }

    static List<Finding> check(ExplanationStyle style, Map<String, ExplanationLine> lines, PriorYear prior,
                               TableFigures tables) {
        List<Finding> findings = new ArrayList<>();
        priorItemsAddUp(prior, findings);
        officeOperationWithinPublicSpending(lines, tables, findings);
        switch (style) {
            case NATIONAL_2020 -> changedItemsGiveReasons(lines, findings);
            case SHANGHAI_2024 -> itemsOffBudgetGiveReasons(lines, findings);
        }
        return findings;
    }

    /** A prior-year figure the document gives that last year's record contradicts. */
    static List<Finding> againstRecord(PriorYear record, ExplanationData data) {
        List<Finding> findings = new ArrayList<>();
        data.inputs().forEach((key, input) -> {
            if (input.priorYear() == null) {
                return;
            }
            BigDecimal given = MoneyUnit.toDisplay(input.priorYear());
            record.of(key).filter(recorded -> recorded.compareTo(given) != 0).ifPresent(recorded ->
                    findings.add(new Finding("ACC-PRIOR-YEAR-DIFFERS", Finding.Severity.WARNING, "所填上年决算数 "
                            + Phrases.wan(given) + "与上年度决算记录的 " + Phrases.wan(recorded)
                            + "不一致，以上年度记录为准 / the prior-year figure given differs from last year's record,"
                            + " which is used", new Finding.Location(StatedFigureChecks.LOCATION, key, "priorYear"))));
        });
        return findings;
    }

    /** 公务用车 are vehicles: more held than the assets count is a slip in one of the two (soft). */
    static List<Finding> vehiclesHeldWithinAssets(ThreePublicCounts counts, StateAssets assets) {
        Integer total = assets == null || assets.vehicles() == null ? null : assets.vehicles().total().orElse(null);
        if (counts == null || counts.vehiclesHeld() == null || total == null || counts.vehiclesHeld() <= total) {
            return List.of();
        }
        return List.of(new Finding("ACC-VEHICLES-HELD-LE-ASSETS", Finding.Severity.WARNING, "公务用车保有量 "
                + counts.vehiclesHeld() + " 辆多于国有资产中的车辆 " + total + " 辆 / more official "
                + "vehicles held than the state assets count", new Finding.Location(StatedFigureChecks.LOCATION,
                "THREE_PUBLIC.VEHICLES", "vehiclesHeld")));
    }

    private static void priorItemsAddUp(PriorYear prior, List<Finding> findings) {
        if (prior.source() != PriorYear.Source.DOCUMENT || prior.items().isEmpty()) {
            return;
        }
        prior.of(ExplanationKeys.GENERAL_BUDGET).ifPresent(total -> {
            BigDecimal sum = prior.items().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            long parts = prior.items().values().stream().filter(v -> v.signum() != 0).count();
            RoundingTolerance.classify(MoneyUnit.TEN_THOUSAND_YUAN.toYuan(total),
                    MoneyUnit.TEN_THOUSAND_YUAN.toYuan(sum), (int) parts).ifPresent(severity -> findings.add(
                    new Finding("ACC-PRIOR-ITEMS-SUM", severity, "上年一般公共预算拨款支出 " + Phrases.wan(total)
                            + "，各项级科目上年数合计 " + Phrases.wan(sum) + " / last year's items add up to "
                            + sum.toPlainString() + ", not to last year's total " + total.toPlainString(),
                            new Finding.Location(StatedFigureChecks.LOCATION, ExplanationKeys.GENERAL_BUDGET,
                                    "priorYear"))));
        });
    }

    private static void officeOperationWithinPublicSpending(Map<String, ExplanationLine> lines, TableFigures tables,
                                                            List<Finding> findings) {
        ExplanationLine office = lines.get(ExplanationKeys.OFFICE_OPERATION);
        BigDecimal publicSpending = tables.valueOrZero("06", "PUBLIC_TOTAL", "amount");
        if (office != null && office.amount() != null && office.amount().compareTo(publicSpending) > 0) {
            findings.add(new Finding("ACC-OFFICE-OPERATION-LE-06", Finding.Severity.WARNING, "机关运行经费 "
                    + Phrases.wan(office.amount()) + "超过公开06表公用经费 " + Phrases.wan(publicSpending)
                    + " / office running costs exceed table 06's public expenses",
                    new Finding.Location(StatedFigureChecks.LOCATION, ExplanationKeys.OFFICE_OPERATION, "amount")));
        }
    }

    private static void itemsOffBudgetGiveReasons(Map<String, ExplanationLine> lines, List<Finding> findings) {
        lines.values().stream()
                .filter(line -> ExplanationKeys.isItem(line.key()))
                .filter(line -> line.budget() != null && line.amount().compareTo(line.budget()) != 0)
                .filter(line -> !Phrases.hasReason(line))
                .forEach(line -> findings.add(new Finding("ACC-EXPL-REASON-MISSING", Finding.Severity.WARNING,
                        line.name() + "（" + line.key() + "）决算数与年初预算数不同，未说明原因 / this item differs from its "
                                + "budget and gives no reason",
                        new Finding.Location(StatedFigureChecks.LOCATION, line.key(), "reason"))));
    }

    private static void changedItemsGiveReasons(Map<String, ExplanationLine> lines, List<Finding> findings) {
        lines.values().stream()
                .filter(line -> ExplanationKeys.isItem(line.key()))
                .filter(line -> line.change() != null && line.change().signum() != 0)
                .filter(line -> !Phrases.hasReason(line))
                .forEach(line -> findings.add(new Finding("ACC-EXPL-REASON-MISSING", Finding.Severity.WARNING,
                        line.name() + "（" + line.key() + "）较上年有增减，未说明原因 / the change of this item has no "
                                + "reason", new Finding.Location(StatedFigureChecks.LOCATION, line.key(), "reason"))));
    }
}
