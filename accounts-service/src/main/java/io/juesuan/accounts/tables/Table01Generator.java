package io.juesuan.accounts.tables;

import io.juesuan.accounts.finalaccounts.IncomeSource;
import io.juesuan.accounts.template.ExpenditureTemplate;
import io.juesuan.accounts.template.TemplateRow;
import io.juesuan.platform.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds 公开01表 from exact yuan figures; totals are rounded from exact sums, not summed from rounded rows. */
public final class Table01Generator {

    private Table01Generator() {
    }

    public static Table01 generate(ExpenditureTemplate template, Map<IncomeSource, BigDecimal> incomeYuan,
                                   Map<String, BigDecimal> expenditureYuan) {
        List<Table01.Row> income = new ArrayList<>();
        for (IncomeSource source : IncomeSource.values()) {
            income.add(new Table01.Row(source.ordinal() + 1, source.name(), source.label(),
                    display(incomeYuan.get(source))));
        }
        List<Table01.Row> expenditure = new ArrayList<>();
        Map<String, BigDecimal> outsideTemplate = new TreeMap<>(expenditureYuan);
        for (TemplateRow row : template.rows()) {
            expenditure.add(new Table01.Row(row.ordinal(), row.code(), row.name(),
                    display(expenditureYuan.get(row.code()))));
            outsideTemplate.remove(row.code());
        }
        outsideTemplate.forEach((code, amount) -> expenditure.add(new Table01.Row(null, code, code, display(amount))));
        return new Table01(Table01.ID, Table01.TITLE, MoneyUnit.TEN_THOUSAND_YUAN.label(), income, expenditure,
                MoneyUnit.toDisplay(sum(incomeYuan.values())), MoneyUnit.toDisplay(sum(expenditureYuan.values())));
    }

    private static BigDecimal display(BigDecimal yuan) {
        return yuan == null ? null : MoneyUnit.toDisplay(yuan);
    }

    private static BigDecimal sum(Iterable<BigDecimal> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(amount);
        }
        return total;
    }
}
