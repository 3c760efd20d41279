package io.juesuan.accounts.explanations;

import io.juesuan.accounts.finalaccounts.ExpenditureKind;
import io.juesuan.accounts.finalaccounts.IncomeSource;
import io.juesuan.accounts.finalaccounts.ThreePublicCounts;
import io.juesuan.accounts.profile.StateAssets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.juesuan.accounts.explanations.Phrases.againstBudget;
import static io.juesuan.accounts.explanations.Phrases.againstPriorYear;
import static io.juesuan.accounts.explanations.Phrases.chineseNumber;
import static io.juesuan.accounts.explanations.Phrases.reason;
import static io.juesuan.accounts.explanations.Phrases.wan;

/** Writes the sentences of 第三部分 from the explanation lines, in the order and wording of the 2020 template. */
public final class ExplanationText {

    private final int year;
    private final Map<String, ExplanationLine> lines;

    private ExplanationText(int year, Map<String, ExplanationLine> lines) {
        this.year = year;
        this.lines = lines;
    }

    /**
     * @param counts the 三公 counts, or null when not given
     * @param assets the state assets, or null when not given
     */
    public static List<ExplanationSection> write(int year, Map<String, ExplanationLine> lines,
                                                 ThreePublicCounts counts, StateAssets assets) {
        ExplanationText text = new ExplanationText(year, lines);
        List<ExplanationSection> sections = new ArrayList<>();
        sections.add(text.overview());
        sections.add(text.generalBudget());
        sections.add(text.fundWithoutDetail("GOVERNMENT_FUND", "三、政府性基金财政拨款支出决算情况说明",
                ExplanationKeys.GOVERNMENT_FUND, "政府性基金预算拨款"));
        sections.add(text.fundWithoutDetail("STATE_CAPITAL", "四、国有资本经营预算财政拨款支出决算情况说明",
                ExplanationKeys.STATE_CAPITAL, "国有资本经营预算财政拨款"));
        sections.add(text.basic());
        sections.add(text.threePublic(counts));
        if (lines.containsKey(ExplanationKeys.OFFICE_OPERATION)) {
            sections.add(text.officeOperation());
        }
        if (assets != null) {
            sections.add(new ExplanationSection("ASSETS", "（三）国有资产占用使用情况", List.of(assets.sentence(year))));
        }
        return sections;
    }

    private ExplanationLine line(String key) {
        return lines.get(key);
    }

    private ExplanationSection overview() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(year + "年本单位年初结转和结余" + wan(line("OPENING_BALANCE").amount()) + "，使用非财政拨款结余"
                + wan(line("NON_FISCAL_BALANCE_USED").amount()) + "，本年收入" + wan(line(ExplanationKeys.INCOME).amount())
                + "，本年支出" + wan(line(ExplanationKeys.EXPENDITURE).amount()) + "，结余分配"
                + wan(line("BALANCE_DISTRIBUTION").amount()) + "，年末结转和结余" + wan(line("CLOSING_BALANCE").amount())
                + "。");
        ExplanationLine income = line(ExplanationKeys.INCOME);
        paragraphs.add("（一）" + year + "年收入" + wan(income.amount()) + againstPriorYear(income) + "，具体情况如下：");
        int n = 1;
        for (IncomeSource source : IncomeSource.values()) {
            paragraphs.add(n++ + ". " + source.label() + wan(line(ExplanationKeys.INCOME_SOURCE + source.name())
                    .amount()) + "。");
        }
        ExplanationLine expenditure = line(ExplanationKeys.EXPENDITURE);
        paragraphs.add("（二）" + year + "年支出" + wan(expenditure.amount()) + againstPriorYear(expenditure)
                + "，具体情况如下：");
        n = 1;
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            paragraphs.add(n++ + ". " + kind.label() + wan(line(ExplanationKeys.EXPENDITURE_KIND + kind.name())
                    .amount()) + "。");
        }
        return new ExplanationSection("OVERVIEW", "一、收入支出决算总体情况说明", paragraphs);
    }

    private ExplanationSection generalBudget() {
        List<String> paragraphs = new ArrayList<>();
        ExplanationLine total = line(ExplanationKeys.GENERAL_BUDGET);
        paragraphs.add(year + "年一般公共预算拨款支出" + wan(total.amount()) + againstPriorYear(total)
                + "，具体情况如下（按项级科目分类统计）：");
        int n = 1;
        for (ExplanationLine item : lines.values()) {
            if (ExplanationKeys.isItem(item.key())) {
                paragraphs.add("（" + chineseNumber(n++) + "）" + item.name() + "（项级科目）" + wan(item.amount())
                        + againstPriorYear(item).replace("比上年", "较上年") + reason(item));
            }
        }
        return new ExplanationSection("GENERAL_BUDGET", "二、一般公共预算拨款支出决算情况说明", paragraphs);
    }

    private ExplanationSection fundWithoutDetail(String id, String title, String key, String what) {
        ExplanationLine line = line(key);
        String paragraph = line.amount().signum() == 0 && (line.base() == null || line.base().signum() == 0)
                ? "本单位" + year + "年度没有使用" + what + "安排的支出。"
                : year + "年" + what + "支出" + wan(line.amount()) + againstPriorYear(line) + reason(line);
        return new ExplanationSection(id, title, List.of(paragraph));
    }

    private ExplanationSection basic() {
        return new ExplanationSection("BASIC", "五、一般公共预算财政拨款基本支出决算情况说明", List.of(
                year + "年度一般公共预算财政拨款基本支出" + wan(line(ExplanationKeys.GENERAL_BUDGET_BASIC).amount())
                        + "，其中：人员经费" + wan(line(ExplanationKeys.PERSONNEL).amount()) + "，公用经费"
                        + wan(line(ExplanationKeys.PUBLIC).amount()) + "。"));
    }

    private ExplanationSection threePublic(ThreePublicCounts counts) {
        List<String> paragraphs = new ArrayList<>();
        ExplanationLine total = line(ExplanationKeys.THREE_PUBLIC);
        paragraphs.add(year + "年度“三公”经费财政拨款支出" + wan(total.amount()) + againstBudget(total) + reason(total));
        paragraphs.add("（一）" + part("ABROAD") + (counts == null ? "" : "全年安排本单位组织的出国团组"
                + orZero(counts.abroadGroupsOrganized()) + "个，参加其他部门出国团组" + orZero(counts.abroadGroupsJoined())
                + "个；全年因公出国（境）累计" + orZero(counts.abroadPersonTrips()) + "人次。"));
        paragraphs.add("（二）" + part("VEHICLES") + "其中：" + part("VEHICLE_PURCHASE")
                + (counts == null ? "" : year + "年公务用车购置" + orZero(counts.vehiclesBought()) + "辆。")
                + part("VEHICLE_OPERATION")
                + (counts == null ? "" : "截至" + year + "年12月31日，本单位公务用车保有量为"
                + orZero(counts.vehiclesHeld()) + "辆。"));
        paragraphs.add("（三）" + part("RECEPTION") + (counts == null ? "" : "累计接待"
                + orZero(counts.receptionBatches()) + "批次、" + orZero(counts.receptionPersons()) + "人次。"));
        return new ExplanationSection("THREE_PUBLIC", "六、一般公共预算拨款“三公”经费支出决算情况说明", paragraphs);
    }

    private String part(String row) {
        ExplanationLine line = line(ExplanationKeys.THREE_PUBLIC_PART + row);
        return line.name() + wan(line.amount()) + againstBudget(line) + reason(line);
    }

    private ExplanationSection officeOperation() {
        ExplanationLine line = line(ExplanationKeys.OFFICE_OPERATION);
        return new ExplanationSection("OFFICE_OPERATION", "（一）机关运行经费", List.of(
                year + "年度机关运行经费支出" + wan(line.amount()) + againstPriorYear(line) + reason(line)));
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
