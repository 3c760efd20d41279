package io.juesuan.accounts.validation;

import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.findings.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * 04's general-budget column equals 05 class by class and in total; 01's 一般公共预算财政拨款收入 equals 04's.
 */
final class AppropriationsAgreeWithGeneralBudget implements TableRule {

    @Override
    public String id() {
        return "ACC-04-EQ-05";
    }

    @Override
    public List<Finding> check(TableFigures tables) {
        List<Finding> findings = new ArrayList<>();
        SameFigure.compare(id(), "一般公共预算财政拨款支出合计", "04", "EXPENDITURE_TOTAL", "generalBudget",
                tables.valueOrZero("04", "EXPENDITURE_TOTAL", "generalBudget"), "05",
                tables.valueOrZero("05", "TOTAL", "subtotal")).ifPresent(findings::add);
        tables.table("04").ifPresent(t04 -> t04.rows().stream()
                .filter(row -> "EXPENDITURE".equals(row.level()))
                .forEach(row -> SameFigure.compare(id(), row.name(), "04", row.code(), "generalBudget",
                        tables.valueOrZero("04", row.code(), "generalBudget"), "05",
                        tables.valueOrZero("05", row.code(), "subtotal")).ifPresent(findings::add)));
        SameFigure.compare(id(), "一般公共预算财政拨款收入", "01", "GENERAL_BUDGET", "amount",
                tables.valueOrZero("01", "GENERAL_BUDGET", "amount"), "04",
                tables.valueOrZero("04", "GENERAL_BUDGET", "generalBudget")).ifPresent(findings::add);
        return findings;
    }
}
