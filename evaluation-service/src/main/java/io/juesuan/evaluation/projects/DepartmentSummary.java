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
 * @param selfEvaluatedFunds  财政拨款 they cover, 万元; null when a project does not state its funds
 * @param departmentEvaluated projects the department evaluated (部门评价)
 * @param departmentFunds     财政拨款 those cover, 万元; null likewise
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
                + names(projects) + fundsClause(selfFunds) + "。";
        StringBuilder department = new StringBuilder("对" + byDepartment.size() + "个项目实施部门评价"
                + names(byDepartment));
        if (!byDepartment.isEmpty()) {
            department.append(fundsClause(departmentFunds));
            grades.forEach((grade, count) -> department.append("，评价结果等次为“").append(grade).append("”的项目是")
                    .append(count).append("个"));
        }
        department.append("。");
        return new DepartmentSummary(projects.size(), selfFunds, byDepartment.size(), departmentFunds, grades,
                List.of(self, department.toString()));
    }

    /** The funds the projects cover; null when one of them does not state its funds (a partial sum is no total). */
    private static BigDecimal funds(List<ProjectView> projects) {
        if (projects.stream().anyMatch(p -> p.funds() == null)) {
            return null;
        }
        return projects.stream().map(ProjectView::funds).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static String fundsClause(BigDecimal funds) {
        return funds == null ? "" : "，涉及财政拨款资金共计" + funds.toPlainString() + "万元";
    }

    private static String names(List<ProjectView> projects) {
        if (projects.isEmpty()) {
            return "";
        }
        return "，是" + String.join("、", projects.stream().map(ProjectView::name).toList());
    }
}
