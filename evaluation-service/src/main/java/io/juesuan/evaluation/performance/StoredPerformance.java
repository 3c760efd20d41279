package io.juesuan.evaluation.performance;

import io.juesuan.platform.money.MoneyUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * {@link PerformanceManagement} in the evaluation's row: amounts in yuan, the rules' names one per line; read back,
 * amounts are in 万元 as the public reads them.
 */
@Embeddable
public class StoredPerformance {

    /** Whether the document gives a summary at all (every figure of one may be left out). */
    @Column(name = "performance_stated")
    public boolean stated;
    @Column(name = "performance_systems")
    public String systems;
    @Column(name = "performance_mechanism")
    public String mechanism;
    @Column(name = "goal_projects")
    public Integer goalProjects;
    @Column(name = "goal_amount")
    public BigDecimal goalAmount;
    @Column(name = "tracked_projects")
    public Integer trackedProjects;
    @Column(name = "tracked_amount")
    public BigDecimal trackedAmount;
    @Column(name = "self_evaluated_projects")
    public Integer selfEvaluatedProjects;
    @Column(name = "self_evaluated_amount")
    public BigDecimal selfEvaluatedAmount;
    @Column(name = "average_score")
    public BigDecimal averageScore;
    @Column(name = "graded_excellent")
    public Integer excellent;
    @Column(name = "graded_good")
    public Integer good;
    @Column(name = "graded_qualified")
    public Integer qualified;
    @Column(name = "graded_unqualified")
    public Integer unqualified;
    @Column(name = "problems_found")
    public Integer problemsFound;
    @Column(name = "problems_rectified")
    public Integer problemsRectified;
    @Column(name = "problems_rectifying")
    public Integer problemsRectifying;

    /** The stored form of a summary; one that states nothing when there is none. */
    public static StoredPerformance of(PerformanceManagement given) {
        StoredPerformance stored = new StoredPerformance();
        if (given == null) {
            return stored;
        }
        stored.stated = true;
        stored.systems = given.systems() == null ? null : String.join("\n",
                given.systems().stream().map(String::strip).toList());
        stored.mechanism = given.mechanism() == null || given.mechanism().isBlank() ? null : given.mechanism().strip();
        stored.goalProjects = given.goalProjects();
        stored.goalAmount = yuan(given.goalAmount());
        stored.trackedProjects = given.trackedProjects();
        stored.trackedAmount = yuan(given.trackedAmount());
        stored.selfEvaluatedProjects = given.selfEvaluatedProjects();
        stored.selfEvaluatedAmount = yuan(given.selfEvaluatedAmount());
        stored.averageScore = given.averageScore();
        stored.excellent = given.excellent();
        stored.good = given.good();
        stored.qualified = given.qualified();
        stored.unqualified = given.unqualified();
        stored.problemsFound = given.problemsFound();
        stored.problemsRectified = given.problemsRectified();
        stored.problemsRectifying = given.problemsRectifying();
        return stored;
    }

    /** The summary, amounts in 万元; null when the document gives none. */
    public PerformanceManagement read() {
        if (!stated) {
            return null;
        }
        List<String> names = systems == null ? null : Arrays.asList(systems.split("\n"));
        return new PerformanceManagement(names, mechanism, goalProjects, wan(goalAmount), trackedProjects,
                wan(trackedAmount), selfEvaluatedProjects, wan(selfEvaluatedAmount), averageScore, excellent, good,
                qualified, unqualified, problemsFound, problemsRectified, problemsRectifying);
    }

    private static BigDecimal yuan(BigDecimal wan) {
        return wan == null ? null : MoneyUnit.TEN_THOUSAND_YUAN.toYuan(wan);
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan == null ? null : MoneyUnit.toDisplay(yuan);
    }
}
