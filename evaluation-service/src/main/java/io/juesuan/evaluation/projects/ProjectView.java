package io.juesuan.evaluation.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.juesuan.evaluation.funds.FundTableView;
import io.juesuan.evaluation.report.ReportView;
import io.juesuan.evaluation.scoring.GroupScore;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's self-evaluation as read back and published.
 *
 * @param funds         财政资金, 万元
 * @param template      the self-evaluation template its table follows
 * @param fundTable     the fund table in 万元 with its rates
 * @param indicators    the indicator table with the engine's scores
 * @param level2        totals per 二级, as the report restates them
 * @param level1        totals per 一级
 * @param maximum       the sum of the maxima
 * @param totalScore    the total: the indicators' scores when the table is given, else the printed total
 * @param printedTotal  the total the table prints (合计)
 * @param grade         the grade of {@code totalScore} under the template's bands
 * @param declaredGrade the grade the document printed, if any
 * @param report        the report with its score lines generated from the table
 * @param departmentGrade the grade of the department's own evaluation, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectView(String name, String functionCode, BigDecimal funds, String template, String goal,
                          String outcome, FundTableView fundTable, List<IndicatorView> indicators, List<GroupScore> level2,
                          List<GroupScore> level1, BigDecimal maximum, BigDecimal totalScore, BigDecimal printedTotal,
                          String grade, String declaredGrade, ReportView report, String departmentGrade) {
}
