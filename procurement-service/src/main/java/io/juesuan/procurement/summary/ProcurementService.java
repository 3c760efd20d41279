package io.juesuan.procurement.summary;

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
import io.juesuan.procurement.contracts.Contract;
import io.juesuan.procurement.contracts.ContractService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Saves, reads and publishes procurement summaries; every method is one transaction. */
@ApplicationScoped
@Transactional
public class ProcurementService implements Reviewable {

    public static final PartKind KIND = new PartKind("procurement", "ProcurementPublished");

    private final PartPublisher publisher;
    private final PartWorkflow workflow;
    private final PartBatch batch;
    private final ContractService contracts;

    ProcurementService(PartPublisher publisher, PartWorkflow workflow, PartBatch batch, ContractService contracts) {
        this.batch = batch;
        this.contracts = contracts;
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
        procurement.reserve(reservedInYuan(document));
        procurement.transcribedFrom = document.transcribedFrom() == null || document.transcribedFrom().isBlank()
                ? null : document.transcribedFrom().strip();
        procurement.touch();
        procurement.persist();
        return new SaveResult<>(writable.created(), procurement.revision, view(procurement));
    }

    /**
     * A year's batch (批量导入并公开): each item's contracts become its department-year's, with the declared summary
     * it gives, and it is published, all in one transaction.
     */
    public BatchResult publishBatch(int year, List<ProcurementBatch.Item> items) {
        return batch.run(year, items, item -> {
            Procurement procurement = contracts.replaceAll(item.departmentCode(), year, item.contracts());
            procurement.declare(item.summary() == null ? null
                    : PartBatch.within("summary", () -> inYuan(item.summary())));
            procurement.reserve(item.summary() == null ? null
                    : PartBatch.within("summary", () -> reservedInYuan(item.summary())));
            ProcurementContent content = content(procurement);
            return batch.publish(procurement, KIND, item.publication(), procurement.blocking(content.findings()),
                    content.findings(),
                    snapshotOf(procurement, content));
        });
    }

    public ProcurementView get(String departmentCode, int year) {
        return DepartmentYearParts.find(Procurement.class, departmentCode, year).map(ProcurementService::view)
                .orElseThrow(() -> notFound(departmentCode, year));
    }

    /** Submits the working copy for review; errors block it as they block publishing. */
    @Override
    public WorkflowView submit(String departmentCode, int year, String ifMatch) {
        return workflow.submit(Procurement.class, departmentCode, year, ifMatch,
                part -> part.blocking(content(part).findings()));
    }

    @Override
    public WorkflowView returnForChanges(String departmentCode, int year, String comment, String ifMatch) {
        return workflow.returnForChanges(Procurement.class, departmentCode, year, ifMatch, comment);
    }

    public PublicationView publish(String departmentCode, int year, PublishRequest request, String ifMatch) {
        Procurement procurement = DepartmentYearParts.forPublish(Procurement.class, departmentCode, year, ifMatch)
                .orElseThrow(() -> notFound(departmentCode, year));
        ProcurementContent content = content(procurement);
        return publisher.publish(procurement, KIND, request, procurement.blocking(content.findings()),
                snapshotOf(procurement, content));
    }

    private static Function<Publication, Object> snapshotOf(Procurement procurement, ProcurementContent content) {
        return publication -> new ProcurementSnapshot(procurement.departmentCode, procurement.year,
                publication.publishedVersion(), publication.publishedAt(), publication.correctionReason(), content);
    }

    private static ProcurementView view(Procurement procurement) {
        return new ProcurementView(procurement.departmentCode, procurement.year, procurement.status(),
                procurement.revision, procurement.publishedVersion,
                content(procurement));
    }

    private static ProcurementContent content(Procurement procurement) {
        return ProcurementContent.of(procurement.year, procurement.declared(), procurement.reserved(),
                Contract.of(procurement.id), procurement.transcribedFrom);
    }

    private static SummaryFigures inYuan(ProcurementDocument document) {
        SummaryFigures figures = document.declaredSummary();
        String[] fields = {"total", "goods", "works", "services", "sme", "smallMicro"};
        BigDecimal[] values = {figures.total(), figures.goods(), figures.works(), figures.services(), figures.sme(),
                figures.smallMicro()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                document.unit().yuanOf(values[i], "declaredSummary." + fields[i]);
            }
        }
        return figures.map(document.unit()::toYuan);
    }

    private static ReservedShares reservedInYuan(ProcurementDocument document) {
        ReservedShares reserved = document.reserved();
        if (reserved == null) {
            return null;
        }
        BigDecimal[] values = reserved.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                document.unit().yuanOf(values[i], "reserved." + ReservedShares.FIELDS[i]);
            }
        }
        return reserved.map(document.unit()::toYuan);
    }

    private static ProblemException notFound(String departmentCode, int year) {
        return ProblemException.notFound("部门 " + departmentCode + " 无 " + year + " 年度政府采购 / no procurement of "
                + departmentCode + " for " + year);
    }
}
