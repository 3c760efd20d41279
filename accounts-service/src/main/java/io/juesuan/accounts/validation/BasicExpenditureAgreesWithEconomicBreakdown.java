package io.juesuan.accounts.validation;

import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.findings.Finding;

import java.util.List;

/** 05 基本支出 = 06 人员经费合计 + 公用经费合计: the same money, by function and by economic classification. */
final class BasicExpenditureAgreesWithEconomicBreakdown implements TableRule {

    @Override
    public String id() {
        return "ACC-05-EQ-06";
    }

    @Override
    public List<Finding> check(TableFigures tables) {
        if (tables.table("06").map(t -> t.empty()).orElse(true)) {
            return List.of();
        }
        return SameFigure.compare(id(), "一般公共预算财政拨款基本支出", "05", "TOTAL", "basic",
                tables.valueOrZero("05", "TOTAL", "basic"), "06",
                tables.valueOrZero("06", "PERSONNEL_TOTAL", "amount")
                        .add(tables.valueOrZero("06", "PUBLIC_TOTAL", "amount"))).stream().toList();
    }
}
