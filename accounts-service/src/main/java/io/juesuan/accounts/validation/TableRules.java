package io.juesuan.accounts.validation;

import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.findings.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The catalogue of rules across tables, run on every save; adding a rule is one class and one line here. */
public final class TableRules {

    private static final List<TableRule> RULES = List.of(
            new TotalsAgreeAcrossTables(),
            new AppropriationsAgreeWithGeneralBudget(),
            new BasicExpenditureAgreesWithEconomicBreakdown(),
            new BalancesBalance(),
            new FundBalancesAgreeWithTable04(),
            new ThreePublicCoversBasicSpending());

    private TableRules() {
    }

    public static List<Finding> check(Map<String, PublicTable> tables) {
        TableFigures lookup = new TableFigures(tables);
        List<Finding> findings = new ArrayList<>();
        RULES.forEach(rule -> findings.addAll(rule.check(lookup)));
        return findings;
    }
}
