package io.juesuan.evaluation.projects;

import io.juesuan.evaluation.grading.GradeScale;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.platform.part.DepartmentYearParts;
import io.juesuan.platform.part.PartKind;
import io.juesuan.platform.part.PartPublisher;
import io.juesuan.platform.part.PartWorkflow;
import io.juesuan.platform.part.PublicationView;
import io.juesuan.platform.part.PublishRequest;
import io.juesuan.platform.part.Reviewable;
import io.juesuan.platform.part.SaveResult;
import io.juesuan.platform.part.WorkflowView;
import io.juesuan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Saves, reads and publishes project self-evaluations; every method is one transaction. */
@ApplicationScoped
@Transactional
public class EvaluationService implements Reviewable {

    public static final PartKind KIND = new PartKind("evaluation", "EvaluationPublished");
    /** A grade the document prints that differs from the one its score earns. */
    public static final String GRADE_MISMATCH = "EVAL-GRADE-MISMATCH";

    private final GradeScale grades;
    private final PartPublisher publisher;
    private final PartWorkflow workflow;

    EvaluationService(GradeScale grades, PartPublisher publisher, PartWorkflow workflow) {
        this.grades = grades;
        this.publisher = publisher;
        this.workflow = workflow;
    }

    public SaveResult<EvaluationView> save(String departmentCode, int year, EvaluationDocument document,
                                           String ifMatch) {
        DepartmentYearParts.Writable<Evaluation> writable =
                DepartmentYearParts.forWrite(Evaluation.class, departmentCode, year, ifMatch, Evaluation::new);
        Evaluation evaluation = writable.part();
        evaluation.projects.clear();
        for (ProjectDocument project : document.projects()) {
            EvaluatedProject stored = new EvaluatedProject();
            stored.name = project.name().strip();
            stored.functionCode = project.functionCode();
            stored.funds = project.funds() == null ? null : MoneyUnit.TEN_THOUSAND_YUAN.toYuan(project.funds());
            stored.totalScore = project.totalScore().setScale(2); // as NUMERIC(5,2) reads it back
            stored.declaredGrade = project.declaredGrade() == null ? null : project.declaredGrade().strip();
            evaluation.projects.add(stored);
        }
        evaluation.touch();
        evaluation.persist();
        return new SaveResult<>(writable.created(), evaluation.revision, view(evaluation));
    }

    public EvaluationView get(String departmentCode, int year) {
        return DepartmentYearParts.find(Evaluation.class, departmentCode, year).map(this::view)
                .orElseThrow(() -> notFound(departmentCode, year));
    }

    /** Submits the working copy for review; errors block it as they block publishing. */
    @Override
    public WorkflowView submit(String departmentCode, int year, String ifMatch) {
        return workflow.submit(Evaluation.class, departmentCode, year, ifMatch, part -> content(part).findings());
    }

    @Override
    public WorkflowView returnForChanges(String departmentCode, int year, String comment, String ifMatch) {
        return workflow.returnForChanges(Evaluation.class, departmentCode, year, ifMatch, comment);
    }

    public PublicationView publish(String departmentCode, int year, PublishRequest request, String ifMatch) {
        Evaluation evaluation = DepartmentYearParts.forPublish(Evaluation.class, departmentCode, year, ifMatch)
                .orElseThrow(() -> notFound(departmentCode, year));
        EvaluationContent content = content(evaluation);
        return publisher.publish(evaluation, KIND, request, content.findings(), publication ->
                new EvaluationSnapshot(departmentCode, year, publication.publishedVersion(),
                        publication.publishedAt(), publication.correctionReason(), content));
    }

    private EvaluationView view(Evaluation evaluation) {
        return new EvaluationView(evaluation.departmentCode, evaluation.year, evaluation.status(), evaluation.revision,
                evaluation.publishedVersion, content(evaluation));
    }

    private EvaluationContent content(Evaluation evaluation) {
        List<ProjectView> projects = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        BigDecimal funds = BigDecimal.ZERO;
        for (EvaluatedProject project : evaluation.projects) {
            String grade = grades.gradeOf(project.totalScore);
            projects.add(new ProjectView(project.name, project.functionCode,
                    project.funds == null ? null : MoneyUnit.toDisplay(project.funds), project.totalScore, grade,
                    project.declaredGrade));
            if (project.funds != null) {
                funds = funds.add(project.funds);
            }
            if (project.declaredGrade != null && !GradeScale.sameGrade(project.declaredGrade, grade)) {
                findings.add(new Finding(GRADE_MISMATCH, Finding.Severity.ERROR,
                        "“" + project.name + "”自评等次为" + project.declaredGrade + "，但总分 " + project.totalScore
                                + " 对应" + grade + " / the declared grade " + project.declaredGrade
                                + " disagrees with the score's grade " + grade,
                        new Finding.Location("evaluation", project.name, "grade")));
            }
        }
        return new EvaluationContent(projects, projects.size(), MoneyUnit.toDisplay(funds), findings);
    }

    private static ProblemException notFound(String departmentCode, int year) {
        return ProblemException.notFound("部门 " + departmentCode + " 无 " + year + " 年度绩效自评 / no evaluations of "
                + departmentCode + " for " + year);
    }
}
