package io.juesuan.evaluation.projects;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 预算绩效情况说明 (the disclosure's section 七): how many projects were self-evaluated and the funds they cover, how
 * many the department evaluated itself and with which grades, and the sentences that say so.
 *
 * @param selfEvaluated       projects self-evaluated (单位自评)
 * @param selfEvaluatedFunds  财政拨款 they cover, 万元
 * @param departmentEvaluated projects the department evaluated (部门评价)
 * @param departmentFunds     财政拨款 those cover, 万元
 * @param departmentGrades    grade → how many department evaluations got it
 * @param sentences           the paragraph as generated
 */
public record DepartmentSummary(int selfEvaluated, BigDecimal selfEvaluatedFunds, int departmentEvaluated,
                                BigDecimal departmentFunds, Map<String, Integer> departmentGrades,
                                List<String> sentences) {

    /** @param projects the projects with funds in 万元 */
    static DepartmentSummary of(int year, List<ProjectView> projects) {
        BigDecimal selfFunds = funds(projects);
        List<ProjectView> byDepartment = projects.stream().filter(p -> p.departmentGrade() != null).toList();
        BigDecimal departmentFunds = funds(byDepartment);
        Map<String, Integer> grades = new LinkedHashMap<>();
        byDepartment.forEach(p -> grades.merge(p.departmentGrade(), 1, Integer::sum));
        String self = "根据预算绩效管理要求，本单位组织对" + year + "年度" + projects.size() + "个项目实施单位自评"
                + names(projects) + "，涉及财政拨款资金共计" + selfFunds.toPlainString() + "万元。";
        StringBuilder department = new StringBuilder("对" + byDepartment.size() + "个项目实施部门评价"
                + names(byDepartment));
        if (!byDepartment.isEmpty()) {
            department.append("，涉及财政拨款资金共计").append(departmentFunds.toPlainString()).append("万元");
            grades.forEach((grade, count) -> department.append("，评价结果等次为“").append(grade).append("”的项目是")
                    .append(count).append("个"));
        }
        department.append("。");
        return new DepartmentSummary(projects.size(), selfFunds, byDepartment.size(), departmentFunds, grades,
                List.of(self, department.toString()));
    }

    private static BigDecimal funds(List<ProjectView> projects) {
        return projects.stream().map(ProjectView::funds).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static String names(List<ProjectView> projects) {
        if (projects.isEmpty()) {
            return "";
        }
        return "，是" + String.join("、", projects.stream().map(ProjectView::name).toList());
    }
}
