package io.juesuan.accounts.validation;

import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.findings.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Soft checks: 07's 公务接待费 ≥ 06's 30217 and 07's 公务用车运行维护费 ≥ 06's 30231. 07 also covers project
 * spending and earlier years' funds, so a larger 07 is normal; a smaller one is worth a look (warning).
 */
final class ThreePublicCoversBasicSpending implements TableRule {

    @Override
    public String id() {
        return "ACC-07-GE-06";
    }

    @Override
    public List<Finding> check(TableFigures tables) {
        List<Finding> findings = new ArrayList<>();
        compare(tables, "RECEPTION", "30217", "公务接待费", findings);
        compare(tables, "VEHICLE_OPERATION", "30231", "公务用车运行维护费", findings);
        return findings;
    }

    private void compare(TableFigures tables, String row07, String code06, String name, List<Finding> findings) {
        BigDecimal threePublic = tables.valueOrZero("07", row07, "amount");
        BigDecimal basic = tables.valueOrZero("06", code06, "amount");
        if (threePublic.compareTo(basic) < 0) {
            findings.add(new Finding(id(), Finding.Severity.WARNING, "公开07表" + name + " " + threePublic.toPlainString()
                    + " 万元小于公开06表 " + code06 + " 的 " + basic.toPlainString() + " 万元 / table 07's " + row07
                    + " is below table 06's " + code06, new Finding.Location("07", row07, "amount")));
        }
    }
}
