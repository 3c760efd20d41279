package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.department.DepartmentService;
import io.juesuan.accounts.department.DepartmentView;
import io.juesuan.accounts.explanations.ExplanationData;
import io.juesuan.accounts.figures.Figures;
import io.juesuan.accounts.layout.DocumentLayout;
import io.juesuan.accounts.profile.DepartmentProfile;
import io.juesuan.accounts.tables.PublicTable;
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

import java.util.List;
import java.util.function.Function;

/** Saves, reads and publishes final accounts; every method is one transaction. */
@ApplicationScoped
@Transactional
public class FinalAccountsService implements Reviewable {

    public static final PartKind KIND = new PartKind("final-accounts", "FinalAccountsPublished");

    private final DepartmentService departments;
    private final ContentBuilder contents;
    private final PartPublisher publisher;
    private final PartWorkflow workflow;
    private final PartBatch batch;

    FinalAccountsService(DepartmentService departments, ContentBuilder contents, PartPublisher publisher,
                         PartWorkflow workflow, PartBatch batch) {
        this.batch = batch;
        this.departments = departments;
        this.contents = contents;
        this.publisher = publisher;
        this.workflow = workflow;
    }

    public SaveResult<FinalAccountsView> save(String departmentCode, int year, FinalAccountsDocument document,
                                              String ifMatch) {
        DepartmentYearParts.Writable<FinalAccounts> written = write(departmentCode, year, document, ifMatch);
        FinalAccounts record = written.part();
        return new SaveResult<>(written.created(), record.revision, view(record));
    }

    /**
     * A year's batch (批量导入并公开): each item registers its department, saves its final accounts and publishes them,
     * all in one transaction; its tables and findings are generated once, not at each step.
     */
    public BatchResult publishBatch(int year, List<FinalAccountsBatch.Item> items) {
        return batch.run(year, items, item -> {
            departments.save(item.department());
            String code = item.departmentCode();
            FinalAccounts record = PartBatch.within("document", () -> write(code, year, item.document(), null)).part();
            DepartmentView department = departments.find(code).orElseThrow();
            PublishRequest request = PartBatch.within("publication", () -> publishRequest(record, item.publication()));
            FinalAccountsContent content = contents.content(record);
            return batch.publish(record, KIND, request, record.blocking(content.findings()), content.findings(),
                    snapshotOf(department, year, content));
        });
    }

    private DepartmentYearParts.Writable<FinalAccounts> write(String departmentCode, int year,
                                                             FinalAccountsDocument document, String ifMatch) {
        if (document.year() != year) {
            throw ProblemException.invalidField("year", "与路径中的年度 " + year + " 不一致 / differs from the path");
        }
        String division = departments.require(departmentCode).divisionCode;
        DocumentLayout layout = contents.layout(division, year);
        DocumentReader reader = new DocumentReader(layout.catalogue(), layout.templates(), document.unit());
        Figures figures = reader.read(document);
        ExplanationData explanations = reader.explanations(document, layout.explanationStyle());
        DepartmentProfile profile = reader.profile(document);

        DepartmentYearParts.Writable<FinalAccounts> writable =
                DepartmentYearParts.forWrite(FinalAccounts.class, departmentCode, year, ifMatch, FinalAccounts::new);
        FinalAccounts record = writable.part();
        StoredFigures.store(figures, record);
        StoredFigures.store(explanations, record);
        record.transcribedFrom = blankToNull(document.transcribedFrom());
        record.layoutProfileId = layout.profile().id();
        StoredFigures.store(profile, document.assets(), record);
        record.touch();
        record.persist();
        return writable;
    }

    public FinalAccountsView get(String departmentCode, int year) {
        return DepartmentYearParts.find(FinalAccounts.class, departmentCode, year).map(this::view)
                .orElseThrow(() -> notFound(departmentCode, year));
    }

    /** One public table of the working copy. */
    public PublicTable table(String departmentCode, int year, String tableId) {
        PublicTable table = get(departmentCode, year).content().tables().get(tableId);
        if (table == null) {
            throw ProblemException.notFound("公开" + tableId + "表尚未提供 / table " + tableId + " is not available");
        }
        return table;
    }

    /** Submits the working copy for the finance bureau's review; errors block it as they block publishing. */
    @Override
    public WorkflowView submit(String departmentCode, int year, String ifMatch) {
        return workflow.submit(FinalAccounts.class, departmentCode, year, ifMatch,
                record -> record.blocking(contents.content(record).findings()));
    }

    @Override
    public WorkflowView returnForChanges(String departmentCode, int year, String comment, String ifMatch) {
        return workflow.returnForChanges(FinalAccounts.class, departmentCode, year, ifMatch, comment);
    }

    /**
     * Publishes the submitted working copy. The first publication of data entered natively records the finance
     * bureau's approval (批复), from which the 20 days of the disclosure deadline run.
     */
    public PublicationView publish(String departmentCode, int year, PublishRequest request, String ifMatch) {
        DepartmentView department = departments.find(departmentCode).orElseThrow(() -> notFound(departmentCode, year));
        FinalAccounts record = DepartmentYearParts.forPublish(FinalAccounts.class, departmentCode, year, ifMatch)
                .orElseThrow(() -> notFound(departmentCode, year));
        PublishRequest checked = publishRequest(record, request);
        FinalAccountsContent content = contents.content(record);
        return publisher.publish(record, KIND, checked, record.blocking(content.findings()),
                snapshotOf(department, year, content));
    }

    /** The first publication of data entered natively must record the approval. */
    private static PublishRequest publishRequest(FinalAccounts record, PublishRequest request) {
        PublishRequest given = request == null ? new PublishRequest(null, null, null) : request;
        boolean needsApproval = record.transcribedFrom == null && record.approvalNumber == null;
        if (needsApproval && given.approval() == null) {
            throw ProblemException.invalidField("approvalNumber", "首次公开须填写财政部门批复文号和日期 / the first "
                    + "publication records the finance bureau's approval number and date");
        }
        return given;
    }

    private static Function<Publication, Object> snapshotOf(DepartmentView department, int year,
                                                            FinalAccountsContent content) {
        return publication -> new FinalAccountsSnapshot(department, year, publication.publishedVersion(),
                publication.publishedAt(), publication.correctionReason(), publication.approval(), content);
    }

    private FinalAccountsView view(FinalAccounts record) {
        return new FinalAccountsView(record.departmentCode, record.year, record.status(), record.revision,
                record.publishedVersion, contents.content(record));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ProblemException notFound(String departmentCode, int year) {
        return ProblemException.notFound("部门 " + departmentCode + " 无 " + year + " 年度决算 / no final accounts of "
                + departmentCode + " for " + year);
    }
}
