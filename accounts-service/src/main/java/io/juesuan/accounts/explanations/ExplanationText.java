package io.juesuan.accounts.explanations;

import io.juesuan.accounts.figures.ExpenditureKind;
import io.juesuan.accounts.figures.IncomeSource;
import io.juesuan.accounts.figures.ThreePublicCounts;
import io.juesuan.accounts.profile.AssetWording;
import io.juesuan.accounts.profile.StateAssets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.juesuan.accounts.explanations.Phrases.againstBudget;
import static io.juesuan.accounts.explanations.Phrases.againstPriorYear;
import static io.juesuan.accounts.explanations.Phrases.chineseNumber;
import static io.juesuan.accounts.explanations.Phrases.clauses;
import static io.juesuan.accounts.explanations.Phrases.count;
import static io.juesuan.accounts.explanations.Phrases.reason;
import static io.juesuan.accounts.explanations.Phrases.sentence;
import static io.juesuan.accounts.explanations.Phrases.wan;

/** Writes the sentences of 第三部分 from the explanation lines, in the order and wording of 财政部's 2020 template. */
public final class ExplanationText {

    private final int year;
    private final Map<String, ExplanationLine> lines;
    private final AssetWording assetWording;

    private ExplanationText(int year, Map<String, ExplanationLine> lines, AssetWording assetWording) {
        this.year = year;
        this.lines = lines;
        this.assetWording = assetWording;
    }

    /**
     * @param counts      the 三公 counts, or null when not given
     * @param assets      the state assets, or null when not given
     * @param assetWording how the layout profile names vehicle uses and which equipment counts it prints
     */
    public static List<ExplanationSection> write(int year, Map<String, ExplanationLine> lines,
                                                 ThreePublicCounts counts, StateAssets assets,
                                                 AssetWording assetWording) {
        ExplanationText text = new ExplanationText(year, lines, assetWording);
        List<ExplanationSection> sections = new ArrayList<>();
        sections.add(text.overview());
        sections.add(text.generalBudget());
        sections.add(text.fundWithoutDetail("GOVERNMENT_FUND", "三、政府性基金财政拨款支出决算情况说明",
                ExplanationKeys.GOVERNMENT_FUND, "政府性基金预算拨款"));
        sections.add(text.fundWithoutDetail("STATE_CAPITAL", "四、国有资本经营预算财政拨款支出决算情况说明",
                ExplanationKeys.STATE_CAPITAL, "国有资本经营预算财政拨款"));
        sections.add(text.basic());
        sections.add(text.threePublic(counts));
        ExplanationLine office = lines.get(ExplanationKeys.OFFICE_OPERATION);
        if (office != null && office.amount() != null) {
            sections.add(text.officeOperation());
        }
        AssetsParagraph.write(year, "本单位", assets, assetWording).ifPresent(paragraph -> sections.add(
                new ExplanationSection("ASSETS", "（三）国有资产占用使用情况", List.of(paragraph))));
        return sections;
    }

    private ExplanationLine line(String key) {
        return lines.get(key);
    }

    private ExplanationSection overview() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(year + "年本单位" + clauses("，", amountOf("OPENING_BALANCE", "年初结转和结余"),
                amountOf("NON_FISCAL_BALANCE_USED", "使用非财政拨款结余"), amountOf(ExplanationKeys.INCOME, "本年收入"),
                amountOf(ExplanationKeys.EXPENDITURE, "本年支出"), amountOf("BALANCE_DISTRIBUTION", "结余分配"),
                amountOf("CLOSING_BALANCE", "年末结转和结余")) + "。");
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

    /** "label x万元", or an empty clause when the line or its amount is absent. */
    private String amountOf(String key, String label) {
        ExplanationLine line = line(key);
        return line == null || line.amount() == null ? "" : label + wan(line.amount());
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
        String breakdown = clauses("，", amountOf(ExplanationKeys.PERSONNEL, "人员经费"),
                amountOf(ExplanationKeys.PUBLIC, "公用经费"));
        return new ExplanationSection("BASIC", "五、一般公共预算财政拨款基本支出决算情况说明", List.of(
                year + "年度一般公共预算财政拨款基本支出" + wan(line(ExplanationKeys.GENERAL_BUDGET_BASIC).amount())
                        + (breakdown.isEmpty() ? "" : "，其中：" + breakdown) + "。"));
    }

    /** Each clause of the 三公 text states a figure only when the document gives it; an empty paragraph is left out. */
    private ExplanationSection threePublic(ThreePublicCounts given) {
        ThreePublicCounts counts = given == null ? new ThreePublicCounts(null, null, null, null, null, null, null)
                : given;
        List<String> paragraphs = new ArrayList<>();
        ExplanationLine total = line(ExplanationKeys.THREE_PUBLIC);
        if (total.amount() != null) {
            paragraphs.add(year + "年度“三公”经费财政拨款支出" + wan(total.amount()) + againstBudget(total)
                    + reason(total));
        }
        String groups = clauses("，", count("全年安排本单位组织的出国团组", counts.abroadGroupsOrganized(), "个"),
                count("参加其他部门出国团组", counts.abroadGroupsJoined(), "个"));
        String trips = count("全年因公出国（境）累计", counts.abroadPersonTrips(), "人次");
        addNumbered(paragraphs, "（一）", part("ABROAD") + sentence(clauses("；", groups, trips)));
        String purchase = part("VEHICLE_PURCHASE") + sentence(count(year + "年公务用车购置", counts.vehiclesBought(), "辆"));
        String operation = part("VEHICLE_OPERATION") + sentence(count("截至" + year + "年12月31日，本单位公务用车保有量为",
                counts.vehiclesHeld(), "辆"));
        String vehicles = part("VEHICLES");
        addNumbered(paragraphs, "（二）", vehicles + (vehicles.isEmpty() || purchase.isEmpty() && operation.isEmpty()
                ? "" : "其中：") + purchase + operation);
        String received = clauses("、", count("", counts.receptionBatches(), "批次"),
                count("", counts.receptionPersons(), "人次"));
        addNumbered(paragraphs, "（三）", part("RECEPTION") + (received.isEmpty() ? "" : "累计接待" + received + "。"));
        return new ExplanationSection("THREE_PUBLIC", "六、一般公共预算拨款“三公”经费支出决算情况说明", paragraphs);
    }

    private String part(String row) {
        ExplanationLine line = line(ExplanationKeys.THREE_PUBLIC_PART + row);
        return line.amount() == null ? "" : line.name() + wan(line.amount()) + againstBudget(line) + reason(line);
    }

    private ExplanationSection officeOperation() {
        ExplanationLine line = line(ExplanationKeys.OFFICE_OPERATION);
        return new ExplanationSection("OFFICE_OPERATION", "（一）机关运行经费", List.of(
                year + "年度机关运行经费支出" + wan(line.amount()) + againstPriorYear(line) + reason(line)));
    }

    private static void addNumbered(List<String> paragraphs, String number, String text) {
        if (!text.isEmpty()) {
            paragraphs.add(number + text);
        }
    }
}
