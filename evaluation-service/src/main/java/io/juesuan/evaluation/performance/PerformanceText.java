package io.juesuan.evaluation.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 预算绩效管理情况 paragraph in the wording of the Shanghai template, each clause only when its figures are
 * stated: never a 0 the document did not give.
 */
public final class PerformanceText {

    private PerformanceText() {
    }

    public static String paragraph(int year, PerformanceManagement summary) {
        List<String> parts = new ArrayList<>();
        if (summary.systems() != null && !summary.systems().isEmpty()) {
            parts.add("本部门建立了如下预算绩效管理制度：" + String.join("、", summary.systems()));
        }
        if (summary.mechanism() != null) {
            parts.add("建立了" + summary.mechanism() + "的预算绩效管理工作机制");
        }
        String setUp = String.join("，", parts);
        List<String> stages = new ArrayList<>();
        stage(stages, "编报绩效目标的", year, summary.goalProjects(), summary.goalAmount(), "");
        stage(stages, "绩效跟踪评价的", year, summary.trackedProjects(), summary.trackedAmount(), "");
        stage(stages, "绩效自评的", year, summary.selfEvaluatedProjects(), summary.selfEvaluatedAmount(),
                summary.averageScore() == null ? "" : "，平均得分" + summary.averageScore().toPlainString() + "分");
        String detail = detail(summary);
        StringBuilder text = new StringBuilder();
        if (!setUp.isEmpty()) {
            text.append(setUp).append(stages.isEmpty() ? "。" : "；");
        }
        if (!stages.isEmpty()) {
            text.append("全过程绩效管理实施情况：").append(String.join("；", stages));
            text.append(detail.isEmpty() ? "" : "（" + detail + "）").append("。");
        } else if (!detail.isEmpty()) {
            text.append(detail).append("。");
        }
        return text.toString();
    }

    private static void stage(List<String> stages, String label, int year, Integer projects, BigDecimal amount,
                              String after) {
        if (projects == null && amount == null) {
            return;
        }
        StringBuilder stage = new StringBuilder(label).append(year).append("年度项目");
        stage.append(projects == null ? "" : projects + "个");
        if (amount != null) {
            stage.append(projects == null ? "" : "，").append("涉及预算金额").append(amount.toPlainString()).append("万元");
        }
        stages.add(stage.append(after).toString());
    }

    /** "其中，绩效评级为“优”的项目n个；…。绩效自评中共发现问题n个，已经完成整改的n个，正在整改的n个" of what is stated. */
    private static String detail(PerformanceManagement summary) {
        List<String> grades = new ArrayList<>();
        List<Integer> counts = summary.gradeCounts();
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) != null) {
                grades.add("绩效评级为“" + PerformanceManagement.GRADES.get(i) + "”的项目" + counts.get(i) + "个");
            }
        }
        List<String> problems = new ArrayList<>();
        if (summary.problemsFound() != null) {
            problems.add("绩效自评中共发现问题" + summary.problemsFound() + "个");
        }
        if (summary.problemsRectified() != null) {
            problems.add("已经完成整改的" + summary.problemsRectified() + "个");
        }
        if (summary.problemsRectifying() != null) {
            problems.add("正在整改的" + summary.problemsRectifying() + "个");
        }
        String graded = grades.isEmpty() ? "" : "其中，" + String.join("；", grades);
        String found = String.join("，", problems);
        return graded.isEmpty() ? found : found.isEmpty() ? graded : graded + "。" + found;
    }
}
