package io.juesuan.accounts.validation;

import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.findings.RoundingTolerance;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 年初结转和结余 + 本年收入 + 使用非财政拨款结余 = 本年支出 + 结余分配 + 年末结转和结余: the two 总计 of 01 are one
 * figure, and so are 04's, fund by fund. Within the rounding tail of the rows on both sides it is a warning; beyond
 * it money appeared or vanished, an error.
 */
final class BalancesBalance implements TableRule {

    private static final Set<String> SIDES = Set.of("INCOME", "EXPENDITURE", "BALANCE");

    @Override
    public String id() {
        return "ACC-BALANCE";
    }

    @Override
    public List<Finding> check(TableFigures tables) {
        List<Finding> findings = new ArrayList<>();
        check(tables, "01", "amount", findings);
        for (String fund : List.of("total", "generalBudget", "governmentFund", "stateCapital")) {
            check(tables, "04", fund, findings);
        }
        return findings;
    }

    private void check(TableFigures tables, String table, String column, List<Finding> findings) {
        BigDecimal income = tables.valueOrZero(table, "INCOME_GRAND_TOTAL", column);
        BigDecimal expenditure = tables.valueOrZero(table, "EXPENDITURE_GRAND_TOTAL", column);
        int parts = tables.table(table).map(t -> nonEmptyRows(t, column)).orElse(0);
        RoundingTolerance.classify(MoneyUnit.TEN_THOUSAND_YUAN.toYuan(income),
                MoneyUnit.TEN_THOUSAND_YUAN.toYuan(expenditure), parts).ifPresent(severity -> findings.add(
                new Finding(id(), severity, "公开" + table + "表收入总计 " + income.toPlainString() + " 万元与支出总计 "
                        + expenditure.toPlainString() + " 万元不等 / table " + table
                        + ": the income side's total differs from the expenditure side's",
                        new Finding.Location(table, "INCOME_GRAND_TOTAL", column))));
    }

    private static int nonEmptyRows(PublicTable table, String column) {
        return (int) table.rows().stream()
                .filter(row -> SIDES.contains(row.level()))
                .filter(row -> row.values().get(column) != null && row.values().get(column).signum() != 0)
                .count();
    }
}
