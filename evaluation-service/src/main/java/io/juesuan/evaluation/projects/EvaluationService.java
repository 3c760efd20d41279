package io.juesuan.evaluation.projects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.evaluation.funds.FundRow;
import io.juesuan.evaluation.performance.PerformanceChecks;
import io.juesuan.evaluation.performance.PerformanceManagement;
import io.juesuan.evaluation.performance.PerformanceView;
import io.juesuan.evaluation.performance.StoredPerformance;
import io.juesuan.evaluation.funds.FundSource;
import io.juesuan.evaluation.funds.FundTable;
import io.juesuan.evaluation.funds.FundTableChecks;
import io.juesuan.evaluation.funds.FundTableView;
import io.juesuan.evaluation.grading.EvaluationTemplate;
import io.juesuan.evaluation.grading.EvaluationTemplates;
import io.juesuan.evaluation.grading.GradeScale;
import io.juesuan.evaluation.report.ReportDocument;
import io.juesuan.evaluation.report.ReportView;
import io.juesuan.evaluation.report.ScoreLines;
import io.juesuan.evaluation.report.StatedGroupScore;
import io.juesuan.evaluation.scoring.IndicatorInput;
import io.juesuan.evaluation.scoring.Measures;
import io.juesuan.evaluation.scoring.ScoreSheet;
import io.juesuan.evaluation.scoring.Scorer;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.platform.part.BatchResult;
import io.juesuan.platform.part.DepartmentYearParts;
import io.juesuan.platform.part.PartBatch;
import io.juesuan.platform.part.PartKind;
import io.juesuan.platform.part.PartPublisher;
import io.juesuan.platform.part.PartWorkflow;
import io.juesuan.platform.part.Publication;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Saves, reads and publishes project self-evaluations; every method is one transaction. */
@ApplicationScoped
@Transactional
public class EvaluationService implements Reviewable {

    public static final PartKind KIND = new PartKind("evaluation", "EvaluationPublished");
    /** A grade the document prints that differs from the one its score earns. */
    public static final String GRADE_MISMATCH = "EVAL-GRADE-MISMATCH";

    /** The template a project names none of. */
    static final String DEFAULT_TEMPLATE = "national-2020";
    private static final TypeReference<List<IndicatorDocument>> INDICATOR_LIST = new TypeReference<>() { };

    private final ObjectMapper json;
    private final PartPublisher publisher;
    private final PartWorkflow workflow;
    private final PartBatch batch;

    EvaluationService(PartPublisher publisher, PartWorkflow workflow, PartBatch batch, ObjectMapper json) {
        this.batch = batch;
        this.publisher = publisher;
        this.workflow = workflow;
        this.json = json;
    }

    public SaveResult<EvaluationView> save(String departmentCode, int year, EvaluationDocument document,
                                           String ifMatch) {
        DepartmentYearParts.Writable<Evaluation> written = write(departmentCode, year, document, ifMatch);
        Evaluation evaluation = written.part();
        return new SaveResult<>(written.created(), evaluation.revision, view(evaluation));
    }

    /** A year's batch (批量导入并公开): each item saved and published in one transaction, scored once. */
    public BatchResult publishBatch(int year, List<EvaluationBatch.Item> items) {
        return batch.run(year, items, item -> {
            Evaluation evaluation = PartBatch.within("document",
                    () -> write(item.departmentCode(), year, item.document(), null)).part();
            EvaluationContent content = content(evaluation);
            return batch.publish(evaluation, KIND, item.publication(), evaluation.blocking(content.findings()),
                    content.findings(), snapshotOf(evaluation, content));
        });
    }

    private DepartmentYearParts.Writable<Evaluation> write(String departmentCode, int year, EvaluationDocument document,
                                                          String ifMatch) {
        DepartmentYearParts.Writable<Evaluation> writable =
                DepartmentYearParts.forWrite(Evaluation.class, departmentCode, year, ifMatch, Evaluation::new);
        Evaluation evaluation = writable.part();
        evaluation.projects.clear();
        evaluation.fundRows.clear();
        for (int i = 0; i < document.projects().size(); i++) {
            ProjectDocument project = document.projects().get(i);
            evaluation.projects.add(stored(project, "projects[" + i + "]"));
            if (project.fundTable() != null) {
                int index = i;
                inYuan(project.fundTable(), "projects[" + i + "].fundTable.rows").forEach((source, row) ->
                        evaluation.fundRows.add(new FundRowCell(index, source, row)));
            }
        }
        evaluation.performance = StoredPerformance.of(document.performance());
        evaluation.transcribedFrom = document.transcribedFrom() == null || document.transcribedFrom().isBlank() ? null
                : document.transcribedFrom().strip();
        evaluation.touch();
        evaluation.persist();
        return writable;
    }

    public EvaluationView get(String departmentCode, int year) {
        return DepartmentYearParts.find(Evaluation.class, departmentCode, year).map(this::view)
                .orElseThrow(() -> notFound(departmentCode, year));
    }

    /** Submits the working copy for review; errors block it as they block publishing. */
    @Override
    public WorkflowView submit(String departmentCode, int year, String ifMatch) {
        return workflow.submit(Evaluation.class, departmentCode, year, ifMatch,
                part -> part.blocking(content(part).findings()));
    }

    @Override
    public WorkflowView returnForChanges(String departmentCode, int year, String comment, String ifMatch) {
        return workflow.returnForChanges(Evaluation.class, departmentCode, year, ifMatch, comment);
    }

    public PublicationView publish(String departmentCode, int year, PublishRequest request, String ifMatch) {
        Evaluation evaluation = DepartmentYearParts.forPublish(Evaluation.class, departmentCode, year, ifMatch)
                .orElseThrow(() -> notFound(departmentCode, year));
        EvaluationContent content = content(evaluation);
        return publisher.publish(evaluation, KIND, request, evaluation.blocking(content.findings()),
                snapshotOf(evaluation, content));
    }

    private static Function<Publication, Object> snapshotOf(Evaluation evaluation, EvaluationContent content) {
        return publication -> new EvaluationSnapshot(evaluation.departmentCode, evaluation.year,
                publication.publishedVersion(), publication.publishedAt(), publication.correctionReason(), content);
    }


    private EvaluationView view(Evaluation evaluation) {
        return new EvaluationView(evaluation.departmentCode, evaluation.year, evaluation.status(), evaluation.revision,
                evaluation.publishedVersion, content(evaluation));
    }

    private EvaluatedProject stored(ProjectDocument project, String field) {
        String templateId = project.template() == null ? DEFAULT_TEMPLATE : project.template();
        if (EvaluationTemplates.get(templateId).isEmpty()) {
            throw ProblemException.invalidField(field + ".template", "没有自评模板 " + templateId
                    + " / no such self-evaluation template");
        }
        List<IndicatorDocument> indicators = project.indicators() == null ? List.of() : project.indicators();
        for (int j = 0; j < indicators.size(); j++) {
            IndicatorDocument indicator = indicators.get(j);
            if (indicator.selfScore() != null && indicator.selfScore().compareTo(indicator.maximum()) > 0) {
                throw ProblemException.invalidField(field + ".indicators[" + j + "].selfScore", "自评得分 "
                        + indicator.selfScore().toPlainString() + " 超过指标分值 " + indicator.maximum().toPlainString()
                        + " / a self-score cannot exceed its maximum");
            }
        }
        EvaluatedProject stored = new EvaluatedProject();
        stored.name = project.name().strip();
        stored.functionCode = project.functionCode();
        stored.funds = project.funds() == null ? null : MoneyUnit.TEN_THOUSAND_YUAN.toYuan(project.funds());
        stored.totalScore = project.totalScore().setScale(2); // as NUMERIC(5,2) reads it back
        stored.declaredGrade = project.declaredGrade() == null ? null : project.declaredGrade().strip();
        stored.template = templateId;
        stored.goal = project.goal();
        stored.outcome = project.outcome();
        stored.indicators = indicators.isEmpty() ? null : toJson(indicators);
        stored.report = project.report() == null ? null : toJson(project.report());
        stored.departmentGrade = project.departmentGrade() == null ? null : project.departmentGrade().strip();
        return stored;
    }

    private EvaluationContent content(Evaluation evaluation) {
        List<ProjectView> projects = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        BigDecimal funds = BigDecimal.ZERO;
        boolean everyProjectStatesFunds = true;
        for (int i = 0; i < evaluation.projects.size(); i++) {
            EvaluatedProject project = evaluation.projects.get(i);
            int index = i;
            Map<FundSource, FundRow> fundRows = new EnumMap<>(FundSource.class);
            evaluation.fundRows.stream().filter(cell -> cell.projectIndex == index)
                    .forEach(cell -> fundRows.put(cell.source, cell.row()));
            findings.addAll(FundTableChecks.check(project.name, fundRows));
            projects.add(scored(project, fundView(fundRows), evaluation.transcribedFrom != null, findings));
            if (project.funds != null) {
                funds = funds.add(project.funds);
            } else {
                everyProjectStatesFunds = false;
            }
        }
        PerformanceManagement performance = evaluation.performance == null ? null : evaluation.performance.read();
        if (performance != null) {
            findings.addAll(PerformanceChecks.check(performance,
                    projects.stream().map(ProjectView::totalScore).toList()));
        }
        return new EvaluationContent(projects, projects.size(), everyProjectStatesFunds ? MoneyUnit.toDisplay(funds)
                : null, projects.isEmpty() && performance != null ? null : DepartmentSummary.of(evaluation.year, projects),
                performance == null ? null : PerformanceView.of(evaluation.year, performance),
                evaluation.transcribedFrom, findings);
    }

    /** The project with its table scored by the template's rules; what the checks found goes to {@code findings}. */
    private ProjectView scored(EvaluatedProject project, FundTableView fundTable, boolean transcript,
                               List<Finding> findings) {
        EvaluationTemplate template = EvaluationTemplates.get(project.template == null ? DEFAULT_TEMPLATE
                : project.template).orElseThrow();
        BigDecimal funds = project.funds == null ? null : MoneyUnit.toDisplay(project.funds);
        List<IndicatorDocument> indicators = indicators(project);
        ReportDocument report = read(project.report, ReportDocument.class);
        if (indicators.isEmpty()) {
            String grade = template.grades().gradeOf(project.totalScore);
            if (project.declaredGrade != null && !GradeScale.sameGrade(project.declaredGrade, grade)) {
                findings.add(new Finding(GRADE_MISMATCH, Finding.Severity.ERROR,
                        "“" + project.name + "”自评等次为" + project.declaredGrade + "，但总分 " + project.totalScore
                                + " 对应" + grade + " / the declared grade " + project.declaredGrade
                                + " disagrees with the score's grade " + grade,
                        new Finding.Location(ProjectChecks.LOCATION, project.name, "grade")));
            }
            return new ProjectView(project.name, project.functionCode, funds, template.id(), project.goal,
                    project.outcome, fundTable, null, null, null, null, project.totalScore, project.totalScore, grade,
                    project.declaredGrade, report == null ? null : new ReportView(List.of(), null,
                    report.sections(), report.stated()), project.departmentGrade);
        }
        ScoreSheet sheet = Scorer.score(indicators.stream().map(EvaluationService::input).toList(), template.grades());
        findings.addAll(ProjectChecks.check(project.name, indicators, sheet, template, project.totalScore,
                project.declaredGrade, transcript));
        List<StatedGroupScore> stated = report == null || report.stated() == null ? List.of() : report.stated();
        findings.addAll(ScoreLines.check(project.name, sheet, stated));
        List<IndicatorView> views = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            views.add(new IndicatorView(indicators.get(i), sheet.indicators().get(i).computed(),
                    sheet.indicators().get(i).score()));
        }
        return new ProjectView(project.name, project.functionCode, funds, template.id(), project.goal,
                project.outcome, fundTable, views, sheet.level2(), sheet.level1(), sheet.maximum(), sheet.total(),
                project.totalScore, sheet.grade(), project.declaredGrade, new ReportView(ScoreLines.write(sheet),
                sheet.grade() == null ? null : "自评得分等次：" + sheet.grade(),
                report == null ? List.of() : report.sections(), stated),
                project.departmentGrade);
    }

    /** The fund table's amounts in yuan; a figure finer than a fen is refused naming its cell. */
    private static Map<FundSource, FundRow> inYuan(FundTable table, String field) {
        Map<FundSource, FundRow> rows = new EnumMap<>(FundSource.class);
        table.rows().forEach((source, row) -> {
            String at = field + "[" + source.name() + "].";
            rows.put(source, new FundRow(yuan(table, row.initial(), at + "initial"),
                    yuan(table, row.adjustment(), at + "adjustment"), yuan(table, row.allocated(), at + "allocated"),
                    yuan(table, row.balance(), at + "balance"), yuan(table, row.arrived(), at + "arrived"),
                    yuan(table, row.spent(), at + "spent"), yuan(table, row.remaining(), at + "remaining"),
                    row.remainingRate()));
        });
        return rows;
    }

    private static BigDecimal yuan(FundTable table, BigDecimal amount, String field) {
        if (amount == null) {
            return null;
        }
        return table.unit().yuanOf(amount, field);
    }

    /** The rows in 万元 with 合计's 到位率 and 支出实现率; null when the project has no fund table. */
    private static FundTableView fundView(Map<FundSource, FundRow> yuanRows) {
        if (yuanRows.isEmpty()) {
            return null;
        }
        Map<FundSource, FundRow> rows = new EnumMap<>(FundSource.class);
        yuanRows.forEach((source, row) -> rows.put(source, new FundRow(wan(row.initial()), wan(row.adjustment()),
                wan(row.allocated()), wan(row.balance()), wan(row.arrived()), wan(row.spent()), wan(row.remaining()),
                row.remainingRate())));
        FundRow total = yuanRows.get(FundSource.TOTAL);
        return new FundTableView(rows, total == null ? null : FundTableChecks.rate(total.arrived(), total.initial()),
                total == null ? null : FundTableChecks.rate(total.spent(), total.arrived()));
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan == null ? null : MoneyUnit.toDisplay(yuan);
    }

    private static IndicatorInput input(IndicatorDocument indicator) {
        return new IndicatorInput(indicator.level1(), indicator.level2(), indicator.name(), indicator.maximum(),
                indicator.selfScore(), indicator.rule(),
                indicator.measures() == null ? Measures.of(Map.of()) : indicator.measures());
    }

    private List<IndicatorDocument> indicators(EvaluatedProject project) {
        if (project.indicators == null) {
            return List.of();
        }
        try {
            return json.readValue(project.indicators, INDICATOR_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored indicators of " + project.name + " cannot be read", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("indicators cannot be written", e);
        }
    }

    private static ProblemException notFound(String departmentCode, int year) {
        return ProblemException.notFound("部门 " + departmentCode + " 无 " + year + " 年度绩效自评 / no evaluations of "
                + departmentCode + " for " + year);
    }
}
