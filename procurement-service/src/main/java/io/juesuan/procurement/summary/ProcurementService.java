package io.juesuan.procurement.summary;

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
import io.juesuan.procurement.contracts.Contract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;

/** Saves, reads and publishes procurement summaries; every method is one transaction. */
@ApplicationScoped
@Transactional
public class ProcurementService implements Reviewable {

    public static final PartKind KIND = new PartKind("procurement", "ProcurementPublished");

    private final PartPublisher publisher;
    private final PartWorkflow workflow;

    ProcurementService(PartPublisher publisher, PartWorkflow workflow) {
        this.publisher = publisher;
        this.workflow = workflow;
    }

    public SaveResult<ProcurementView> save(String departmentCode, int year, ProcurementDocument document,
                                            String ifMatch) {
        SummaryFigures yuan = inYuan(document);
        DepartmentYearParts.Writable<Procurement> writable =
                DepartmentYearParts.forWrite(Procurement.class, departmentCode, year, ifMatch, Procurement::new);
        Procurement procurement = writable.part();
        procurement.declare(yuan);
        procurement.touch();
        procurement.persist();
        return new SaveResult<>(writable.created(), procurement.revision, view(procurement));
    }

    public ProcurementView get(String departmentCode, int year) {
        return DepartmentYearParts.find(Procurement.class, departmentCode, year).map(ProcurementService::view)
                .orElseThrow(() -> notFound(departmentCode, year));
    }

    /** Submits the working copy for review; errors block it as they block publishing. */
    @Override
    public WorkflowView submit(String departmentCode, int year, String ifMatch) {
        return workflow.submit(Procurement.class, departmentCode, year, ifMatch,
                part -> content(part).findings());
    }

    @Override
    public WorkflowView returnForChanges(String departmentCode, int year, String comment, String ifMatch) {
        return workflow.returnForChanges(Procurement.class, departmentCode, year, ifMatch, comment);
    }

    public PublicationView publish(String departmentCode, int year, PublishRequest request, String ifMatch) {
        Procurement procurement = DepartmentYearParts.forPublish(Procurement.class, departmentCode, year, ifMatch)
                .orElseThrow(() -> notFound(departmentCode, year));
        ProcurementContent content = content(procurement);
        return publisher.publish(procurement, KIND, request, content.findings(), publication ->
                new ProcurementSnapshot(departmentCode, year, publication.publishedVersion(),
                        publication.publishedAt(), publication.correctionReason(), content));
    }

    private static ProcurementView view(Procurement procurement) {
        return new ProcurementView(procurement.departmentCode, procurement.year, procurement.status(),
                procurement.revision, procurement.publishedVersion,
                content(procurement));
    }

    private static ProcurementContent content(Procurement procurement) {
        return ProcurementContent.of(procurement.year, procurement.declared(), Contract.of(procurement.id));
    }

    private static SummaryFigures inYuan(ProcurementDocument document) {
        SummaryFigures figures = document.declaredSummary();
        String[] fields = {"total", "goods", "works", "services", "sme", "smallMicro"};
        BigDecimal[] values = {figures.total(), figures.goods(), figures.works(), figures.services(), figures.sme(),
                figures.smallMicro()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !document.unit().isExactToFen(values[i])) {
                throw ProblemException.invalidField("declaredSummary." + fields[i],
                        "金额精度不能超过分 / an amount cannot be finer than one fen");
            }
        }
        return figures.map(document.unit()::toYuan);
    }

    private static ProblemException notFound(String departmentCode, int year) {
        return ProblemException.notFound("部门 " + departmentCode + " 无 " + year + " 年度政府采购 / no procurement of "
                + departmentCode + " for " + year);
    }
}
