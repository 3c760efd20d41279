package io.juesuan.accounts.validation;

import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.findings.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 08's and 09's 年初/年末结转和结余 are the government fund's and state capital's balances that 04 prints: each
 * table's total must be 04's figure in the fund's column. Only where both tables print it: a document that gives no
 * balance by 项 leaves 08's columns blank, and one without 04's balances leaves those blank.
 */
final class FundBalancesAgreeWithTable04 implements TableRule {

    private static final String[][] FUND_TABLES = {{"08", "governmentFund"}, {"09", "stateCapital"}};
    private static final String[][] BALANCES = {{"openingBalance", "OPENING_BALANCE", "年初结转和结余"},
            {"closingBalance", "CLOSING_BALANCE", "年末结转和结余"}};

    @Override
    public String id() {
        return "ACC-08-09-BALANCE-EQ-04";
    }

    @Override
    public List<Finding> check(TableFigures tables) {
        List<Finding> findings = new ArrayList<>();
        for (String[] fund : FUND_TABLES) {
            for (String[] balance : BALANCES) {
                Optional<BigDecimal> byItem = tables.value(fund[0], "TOTAL", balance[0]);
                Optional<BigDecimal> in04 = tables.value("04", balance[1], fund[1]);
                if (byItem.isPresent() && in04.isPresent()) {
                    SameFigure.compare(id(), balance[2], fund[0], "TOTAL", balance[0], byItem.get(), "04",
                            in04.get()).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }
}
