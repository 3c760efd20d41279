package io.juesuan.accounts.validation;

import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.findings.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * 01's totals are the totals of 02 and 03: 本年收入合计 = 02 合计, 本年支出合计 = 03 合计, and each 类 of 01's
 * expenditure equals that 类 in 03 (02 and 03 need not agree class by class: spending can come from carry-over).
 */
final class TotalsAgreeAcrossTables implements TableRule {

    @Override
    public String id() {
        return "ACC-01-EQ-02-03";
    }

    @Override
    public List<Finding> check(TableFigures tables) {
        List<Finding> findings = new ArrayList<>();
        SameFigure.compare(id(), "本年收入合计", "01", "INCOME_TOTAL", "amount",
                tables.valueOrZero("01", "INCOME_TOTAL", "amount"), "02",
                tables.valueOrZero("02", "TOTAL", "total")).ifPresent(findings::add);
        SameFigure.compare(id(), "本年支出合计", "01", "EXPENDITURE_TOTAL", "amount",
                tables.valueOrZero("01", "EXPENDITURE_TOTAL", "amount"), "03",
                tables.valueOrZero("03", "TOTAL", "total")).ifPresent(findings::add);
        tables.table("01").ifPresent(t01 -> t01.rows().stream()
                .filter(row -> "EXPENDITURE".equals(row.level()))
                .forEach(row -> SameFigure.compare(id(), row.name(), "01", row.code(), "amount",
                        tables.valueOrZero("01", row.code(), "amount"), "03",
                        tables.valueOrZero("03", row.code(), "total")).ifPresent(findings::add)));
        return findings;
    }
}
