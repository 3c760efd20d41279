package io.juesuan.evaluation.projects;

import io.juesuan.evaluation.performance.StoredPerformance;
import io.juesuan.platform.part.DepartmentYearPart;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** The working copy of a department-year's project self-evaluations. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends DepartmentYearPart {

    @ElementCollection
    @CollectionTable(name = "evaluation_project", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    public List<EvaluatedProject> projects = new ArrayList<>();


    @ElementCollection
    @CollectionTable(name = "evaluation_fund_row", joinColumns = @JoinColumn(name = "evaluation_id"))
    public List<FundRowCell> fundRows = new ArrayList<>();

    /** 预算绩效管理情况 as a department summary, where the document gives one. */
    @Embedded
    public StoredPerformance performance = new StoredPerformance();
}
