package io.juesuan.accounts.explanations;

import io.juesuan.accounts.figures.ThreePublicCounts;
import io.juesuan.accounts.profile.AssetWording;
import io.juesuan.accounts.profile.StateAssets;
import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.accounts.tables.TableFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.juesuan.accounts.explanations.Phrases.clauses;
import static io.juesuan.accounts.explanations.Phrases.changeWords;
import static io.juesuan.accounts.explanations.Phrases.count;
import static io.juesuan.accounts.explanations.Phrases.hasReason;
import static io.juesuan.accounts.explanations.Phrases.wan;
import static io.juesuan.accounts.explanations.Phrases.withStop;

/**
 * Writes 第三部分 in the sections and wording of Shanghai's 2024 template: 一 to 九, and 十一's (一) 机关运行经费 and
 * (三) 国有资产 (十's 预算绩效管理情况 and 十一's (二) 政府采购 are the evaluation and procurement parts' own). What
 * the template marks 不涉及的不列 is left out: a part of zero, a count the document does not state. Every figure and
 * share comes from the tables, so the text cannot contradict them.
 */
final class ShanghaiText {

    private static final List<String> THREE_PUBLIC_PARTS = List.of("ABROAD", "VEHICLES", "RECEPTION");
    private static final Map<String, String> THREE_PUBLIC_LABELS = Map.of("ABROAD", "因公出国（境）费",
            "VEHICLES", "公务用车购置及运行维护费", "RECEPTION", "公务接待费");

    private final int year;
    private final String department;
    private final Map<String, ExplanationLine> lines;
    private final TableFigures tables;

    private ShanghaiText(int year, String department, Map<String, ExplanationLine> lines, TableFigures tables) {
        this.year = year;
        this.department = department;
        this.lines = lines;
        this.tables = tables;
    }

    /**
     * @param department the department's name as the text names it; 本部门 when unknown
     * @param counts     the 三公 counts, or null when not given
     * @param assets     the state assets, or null when not given
     */
    static List<ExplanationSection> write(int year, String department, Map<String, ExplanationLine> lines,
                                          TableFigures tables, ThreePublicCounts counts, StateAssets assets,
                                          AssetWording wording) {
        ShanghaiText text = new ShanghaiText(year, department == null || department.isBlank() ? "本部门" : department,
                lines, tables);
        List<ExplanationSection> sections = new ArrayList<>();
        sections.add(text.grandTotal(ExplanationKeys.GRAND_TOTAL, "OVERVIEW", "一、收入支出决算总体情况说明"));
        sections.add(text.shares("INCOME", "二、收入决算情况说明", "02", "total", "本年收入合计"));
        sections.add(text.shares("EXPENDITURE", "三、支出决算情况说明", "03", "total", "本年支出合计"));
        sections.add(text.grandTotal(ExplanationKeys.FISCAL_TOTAL, "FISCAL_OVERVIEW",
                "四、财政拨款收入支出决算总体情况说明"));
        sections.add(text.generalBudget());
        sections.add(text.basic());
        text.threePublic(counts == null ? new ThreePublicCounts(null, null, null, null, null, null, null) : counts)
                .ifPresent(sections::add);
        sections.add(text.fund("GOVERNMENT_FUND", "八、政府性基金预算财政拨款收入支出决算情况说明", "08", "subtotal",
                ExplanationKeys.GOVERNMENT_FUND, "政府性基金预算财政拨款"));
        sections.add(text.fund("STATE_CAPITAL", "九、国有资本经营预算财政拨款收入支出决算情况说明", "09", "total",
                ExplanationKeys.STATE_CAPITAL, "国有资本经营预算财政拨款"));
        text.officeOperation().ifPresent(sections::add);
        AssetsParagraph.write(year, text.department, assets, wording).ifPresent(paragraph -> sections.add(
                new ExplanationSection("ASSETS", "（三）国有资产占有使用情况说明", List.of(paragraph))));
        return sections;
    }

    /** 一 and 四: "…年度收入支出总计…万元。与上年度相比，…增加…，增长…%。主要原因：…。" */
    private ExplanationSection grandTotal(String key, String id, String title) {
        ExplanationLine line = lines.get(key);
        return new ExplanationSection(id, title, List.of(department + year + "年度" + line.name()
                + wan(line.amount()) + "。" + againstLastYear(line, line.name()) + reasonAfterColon(line)));
    }

    /** 二 and 三: the total row's parts, each with its share of the total; parts of zero are not listed. */
    private ExplanationSection shares(String id, String title, String table, String totalColumn, String totalName) {
        BigDecimal total = tables.valueOrZero(table, "TOTAL", totalColumn);
        List<String> parts = new ArrayList<>();
        tables.table(table).ifPresent(t -> t.columns().stream()
                .filter(column -> !column.key().equals(totalColumn))
                .forEach(column -> tables.value(table, "TOTAL", column.key())
                        .filter(amount -> amount.signum() != 0)
                        .ifPresent(amount -> parts.add(column.title() + wan(amount) + shareOf(amount, total)))));
        return new ExplanationSection(id, title, List.of(totalName + wan(total)
                + (parts.isEmpty() ? "" : "，其中：" + String.join("；", parts)) + "。"));
    }

    private ExplanationSection generalBudget() {
        ExplanationLine total = lines.get(ExplanationKeys.GENERAL_BUDGET);
        BigDecimal spending = tables.valueOrZero("03", "TOTAL", "total");
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("（一）一般公共预算财政拨款支出决算总体情况");
        paragraphs.add("一般公共预算财政拨款支出" + wan(total.amount()) + share("，占本年支出合计的", total.amount(), spending)
                + "。" + againstLastYear(total, "一般公共预算财政拨款支出") + reasonAfterColon(total));
        paragraphs.add("（二）一般公共预算财政拨款支出决算结构情况");
        List<String> classes = new ArrayList<>();
        tables.table("05").ifPresent(t05 -> t05.rows().stream()
                .filter(row -> "CLASS".equals(row.level()))
                .forEach(row -> {
                    BigDecimal amount = row.values().get("subtotal");
                    if (amount != null && amount.signum() != 0) {
                        classes.add(row.name() + "（类）" + wan(amount) + shareOf(amount, total.amount()));
                    }
                }));
        paragraphs.add("一般公共预算财政拨款支出" + wan(total.amount())
                + (classes.isEmpty() ? "" : "，主要用于以下方面：" + String.join("；", classes)) + "。");
        paragraphs.add("（三）一般公共预算财政拨款支出决算具体情况");
        List<ExplanationLine> items = lines.values().stream()
                .filter(line -> ExplanationKeys.isItem(line.key()))
                .filter(line -> line.amount().signum() != 0 || line.budget() != null && line.budget().signum() != 0)
                .toList();
        paragraphs.add(againstBudget("一般公共预算财政拨款支出", total) + (items.isEmpty() ? "" : "其中："));
        int n = 1;
        for (ExplanationLine item : items) {
            paragraphs.add(n++ + "、" + classified("05", item.key(), item.name()) + "。" + againstBudget("", item)
                    + budgetReason("", item));
        }
        return new ExplanationSection("GENERAL_BUDGET", "五、一般公共预算财政拨款支出决算情况说明", paragraphs);
    }

    /** 六: each group of table 06 with the 款 it spent on (主要包括：基本工资、津贴补贴……). */
    private ExplanationSection basic() {
        String text = "一般公共预算财政拨款基本支出" + wan(lines.get(ExplanationKeys.GENERAL_BUDGET_BASIC).amount()) + "。";
        List<String> groups = new ArrayList<>();
        List<String> spentOn = new ArrayList<>();
        for (PublicTable.Row row : tables.table("06").map(PublicTable::rows).orElse(List.of())) {
            BigDecimal amount = row.values().get("amount");
            if ("SECTION".equals(row.level()) && amount != null && amount.signum() != 0) {
                spentOn.add(row.name());
            } else if ("TOTAL".equals(row.level())) {
                if (amount != null) {
                    groups.add(row.name().replaceFirst("合计$", "") + wan(amount)
                            + (spentOn.isEmpty() ? "" : "，主要包括：" + String.join("、", spentOn)));
                }
                spentOn.clear();
            }
        }
        return new ExplanationSection("BASIC", "六、一般公共预算财政拨款基本支出决算情况说明",
                List.of(groups.isEmpty() ? text : text + "其中：" + String.join("；", groups) + "。"));
    }

    /** 七: against the budget, against last year, then each part; absent when the document gives no table 07. */
    private Optional<ExplanationSection> threePublic(ThreePublicCounts counts) {
        ExplanationLine total = lines.get(ExplanationKeys.THREE_PUBLIC);
        if (total.amount() == null) {
            return Optional.empty();
        }
        String title = "七、财政拨款“三公”经费支出决算情况说明";
        if (total.amount().signum() == 0 && (total.budget() == null || total.budget().signum() == 0)) {
            return Optional.of(new ExplanationSection("THREE_PUBLIC", title, List.of(department + year
                    + "年度无“三公”经费财政拨款支出。")));
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("（一）“三公”经费财政拨款支出决算总体情况说明");
        List<String> parts = new ArrayList<>();
        for (String part : THREE_PUBLIC_PARTS) {
            ExplanationLine line = part(part);
            if (line.amount() != null) {
                parts.add(THREE_PUBLIC_LABELS.get(part) + "支出决算为" + wan(line.amount()) + completion(line));
            }
        }
        String againstBudget = total.budget() == null ? "“三公”经费财政拨款支出决算为" + wan(total.amount())
                : "“三公”经费财政拨款支出年初预算为" + wan(total.budget()) + "，支出决算为" + wan(total.amount())
                + completion(total);
        paragraphs.add(againstBudget + (parts.isEmpty() ? "" : "，其中：" + String.join("；", parts)) + "。"
                + budgetReason(year + "年度“三公”经费支出", total));
        if (total.change() != null) {
            List<String> changes = new ArrayList<>();
            StringBuilder reasons = new StringBuilder();
            for (String part : THREE_PUBLIC_PARTS) {
                ExplanationLine line = part(part);
                if (line.change() != null) {
                    changes.add(THREE_PUBLIC_LABELS.get(part) + "支出决算" + changeWords(line));
                    if (line.change().signum() != 0 && hasReason(line)) {
                        reasons.append(THREE_PUBLIC_LABELS.get(part)).append("支出")
                                .append(line.change().signum() > 0 ? "增加" : "减少").append("的主要原因是")
                                .append(withStop(line.reason()));
                    }
                }
            }
            paragraphs.add(year + "年度“三公”经费财政拨款支出决算数" + (total.change().signum() == 0 ? "与" + (year - 1)
                    + "年度持平" : "比" + (year - 1) + "年度" + changeWords(total))
                    + (changes.isEmpty() ? "" : "，其中：" + String.join("；", changes)) + "。" + reasons);
        }
        paragraphs.add("（二）“三公”经费财政拨款支出决算具体情况说明");
        List<String> shares = new ArrayList<>();
        for (String part : THREE_PUBLIC_PARTS) {
            ExplanationLine line = part(part);
            if (line.amount() != null) {
                shares.add(THREE_PUBLIC_LABELS.get(part) + "支出决算" + wan(line.amount())
                        + shareOf(line.amount(), total.amount()));
            }
        }
        paragraphs.add("“三公”经费财政拨款支出决算中，" + String.join("；", shares) + "。具体情况如下：");
        paragraphs.add("1、因公出国（境）费支出" + amountOf(part("ABROAD")) + "。" + groupsAbroad(counts));
        paragraphs.add("2、公务用车购置及运行维护费支出" + amountOf(part("VEHICLES")) + "。其中：公务用车购置支出为"
                + amountOf(part("VEHICLE_PURCHASE")) + count("，购置公务用车", counts.vehiclesBought(), "辆")
                + "。公务用车运行维护支出" + amountOf(part("VEHICLE_OPERATION")) + "。"
                + (counts.vehiclesHeld() == null ? "" : year + "年，" + department + "所属各预算单位开支财政拨款的公务用车保有量为"
                + counts.vehiclesHeld() + "辆。"));
        String received = clauses("、", count("", counts.receptionBatches(), "批次"),
                count("", counts.receptionPersons(), "人次"));
        paragraphs.add("3、公务接待费支出" + amountOf(part("RECEPTION"))
                + (received.isEmpty() ? "" : "，累计接待" + received) + "。");
        return Optional.of(new ExplanationSection("THREE_PUBLIC", title, paragraphs));
    }

    /** 八 and 九: income and spending of the fund, its 年初预算 where given, then each 项 of its table. */
    private ExplanationSection fund(String id, String title, String table, String spendingColumn, String key,
                                    String what) {
        ExplanationLine line = lines.get(key);
        Optional<BigDecimal> income = tables.value(table, "TOTAL", "income");
        boolean none = line.amount().signum() == 0 && income.map(amount -> amount.signum() == 0).orElse(true)
                && (line.budget() == null || line.budget().signum() == 0);
        if (none) {
            return new ExplanationSection(id, title, List.of(department + year + "年度无" + what + "收入和支出。"));
        }
        List<String> paragraphs = new ArrayList<>();
        List<PublicTable.Row> items = tables.table(table).map(PublicTable::rows).orElse(List.of()).stream()
                .filter(row -> "ITEM".equals(row.level()))
                .filter(row -> row.values().get(spendingColumn) != null
                        && row.values().get(spendingColumn).signum() != 0)
                .toList();
        paragraphs.add(what + income.map(amount -> "收入" + wan(amount) + "，").orElse("") + "支出" + wan(line.amount())
                + (items.isEmpty() ? "。" : "，支出具体情况如下："));
        int n = 1;
        for (PublicTable.Row item : items) {
            paragraphs.add(n++ + "、" + classified(table, item.code(), item.name()) + "。支出决算为"
                    + wan(item.values().get(spendingColumn)) + "。");
        }
        if (line.budget() != null) {
            paragraphs.add(againstBudget(what + "支出", line) + budgetReason("", line));
        }
        return new ExplanationSection(id, title, paragraphs);
    }

    /** 十一（一）: against last year; none spent is said so; absent when the document does not give it. */
    private Optional<ExplanationSection> officeOperation() {
        ExplanationLine line = lines.get(ExplanationKeys.OFFICE_OPERATION);
        if (line == null || line.amount() == null) {
            return Optional.empty();
        }
        String title = "（一）机关运行经费支出情况";
        if (line.amount().signum() == 0 && (line.base() == null || line.base().signum() == 0)) {
            return Optional.of(new ExplanationSection("OFFICE_OPERATION", title, List.of(department + year
                    + "年度无机关运行经费支出。")));
        }
        String comparison = line.change() == null ? "" : line.change().signum() == 0 ? "，与" + (year - 1) + "年度持平"
                : "，比" + (year - 1) + "年度" + changeWords(line);
        String reason = line.change() == null || line.change().signum() == 0 || !hasReason(line) ? ""
                : "主要原因是" + withStop(line.reason());
        return Optional.of(new ExplanationSection("OFFICE_OPERATION", title, List.of("机关运行经费支出"
                + wan(line.amount()) + comparison + "。" + reason)));
    }

    private ExplanationLine part(String row) {
        return lines.get(ExplanationKeys.THREE_PUBLIC_PART + row);
    }

    /** "教育支出（类）普通教育（款）初中教育（项）", the 类 and 款 named as the table prints them. */
    private String classified(String table, String item, String name) {
        return tables.rowName(table, item.substring(0, 3)).orElse(item.substring(0, 3)) + "（类）"
                + tables.rowName(table, item.substring(0, 5)).orElse(item.substring(0, 5)) + "（款）" + name + "（项）";
    }

    /** "与上年度相比，what增加…万元，增长…%。", "…持平。", or nothing when last year's figure is unknown. */
    private String againstLastYear(ExplanationLine line, String what) {
        if (line.change() == null) {
            return "";
        }
        return "与" + (year - 1) + "年度相比，" + what + changeWords(line) + "。";
    }

    /**
     * "{subject}年初预算为…万元，支出决算为…万元，完成年初预算的…%。", or "{subject}决算为…万元。" when no budget is given
     * (an item without a subject: "支出决算为…万元。").
     */
    private static String againstBudget(String subject, ExplanationLine line) {
        if (line.budget() == null) {
            return (subject.isEmpty() ? "支出" : subject) + "决算为" + wan(line.amount()) + "。";
        }
        return subject + "年初预算为" + wan(line.budget()) + "，支出决算为" + wan(line.amount())
                + (line.completion() == null ? "" : "，完成年初预算的" + line.completion().toPlainString() + "%") + "。";
    }

    /** "{subject}决算数大于（小于）预算数的主要原因：…。" when the two differ and a reason is given; 持平 needs none. */
    private static String budgetReason(String subject, ExplanationLine line) {
        if (line.budget() == null || line.amount().compareTo(line.budget()) == 0 || !hasReason(line)) {
            return "";
        }
        return subject + "决算数" + (line.amount().compareTo(line.budget()) > 0 ? "大于" : "小于") + "预算数的主要原因："
                + withStop(line.reason());
    }

    /** "主要原因：…。" after a comparison with last year that found a change. */
    private static String reasonAfterColon(ExplanationLine line) {
        if (line.change() == null || line.change().signum() == 0 || !hasReason(line)) {
            return "";
        }
        return "主要原因：" + withStop(line.reason());
    }

    private static String completion(ExplanationLine line) {
        return line.completion() == null ? "" : "，完成预算的" + line.completion().toPlainString() + "%";
    }

    private static String shareOf(BigDecimal part, BigDecimal total) {
        return share("，占", part, total);
    }

    /** "，占…%": the part's share of the total, half-up to two decimals; nothing when the total is zero. */
    private static String share(String words, BigDecimal part, BigDecimal total) {
        BigDecimal share = total == null || part == null ? null : Comparison.completion(part, total);
        return share == null ? "" : words + share.toPlainString() + "%";
    }

    private static String groupsAbroad(ThreePublicCounts counts) {
        Integer groups = counts.abroadGroupsOrganized() == null ? counts.abroadGroupsJoined()
                : counts.abroadGroupsJoined() == null ? counts.abroadGroupsOrganized()
                : Integer.valueOf(counts.abroadGroupsOrganized() + counts.abroadGroupsJoined());
        String stated = clauses("、", count("团组", groups, "个"), count("累计", counts.abroadPersonTrips(), "人次"));
        return stated.isEmpty() ? "" : "全年安排因公出国（境）" + stated + "。";
    }

    private static String amountOf(ExplanationLine line) {
        return line.amount() == null ? "" : wan(line.amount());
    }
}
