package io.juesuan.evaluation.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A project's stored self-evaluation; funds in yuan. */
@Embeddable
public class EvaluatedProject {

    public String name;

    @Column(name = "function_code")
    public String functionCode;

    public BigDecimal funds;

    @Column(name = "total_score")
    public BigDecimal totalScore;

    @Column(name = "declared_grade")
    public String declaredGrade;

    public String template;

    public String goal;

    public String outcome;

    /** The report as JSON text: sections of prose and stated score lines, read and written whole. */
    public String report;

    @Column(name = "department_grade")
    public String departmentGrade;

    /** The indicator table as JSON text: a tree of printed texts and rules, read and written whole. */
    public String indicators;
}
