package io.juesuan.platform.part;

import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.problem.Problem;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import io.juesuan.platform.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A year's batch (批量导入并公开): many department-years of one part written, submitted and published in the caller's
 * single transaction, as a finance bureau loads a whole year. Whoever sends it reviews and publishes every
 * department-year in it, so each must be theirs to publish. One failing department-year fails the batch: nothing
 * is stored, no event leaves, and the problem names the item ({@code items[3].document.unit}).
 */
@ApplicationScoped
public class PartBatch {

    /** Bounds one transaction's locks and one request's body. */
    public static final int MAX_ITEMS = 100;

    private final SecurityIdentity identity;
    private final EntityManager db;
    private final PartPublisher publisher;

    PartBatch(SecurityIdentity identity, EntityManager db, PartPublisher publisher) {
        this.identity = identity;
        this.db = db;
        this.publisher = publisher;
    }

    /**
     * Writes and publishes every item with {@code writer}, which ends with {@link #publish} and returns its outcome.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends BatchItem> BatchResult run(int year, List<T> items, Function<T, BatchOutcome> writer) {
        check(items);
        DepartmentLocks.lockAll(items.stream().map(BatchItem::departmentCode).toList());
        List<BatchOutcome> outcomes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            try {
                outcomes.add(writer.apply(items.get(i)));
                // written out and let go: otherwise every later query would first dirty-check all earlier items
                db.flush();
                db.clear();
            } catch (ProblemException e) {
                throw inItem(i, items.get(i), e);
            }
        }
        return BatchResult.of(year, outcomes);
    }

    /**
     * Submits the item's fresh revision and publishes it, as its reviewer would one after the other.
     *
     * @param blocking the findings that must not be errors (none for a transcript)
     * @param findings all its findings, counted in the outcome
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchOutcome publish(DepartmentYearPart part, PartKind kind, PublishRequest request,
                                List<Finding> blocking, List<Finding> findings,
                                Function<Publication, Object> snapshotOf) {
        PartPublisher.requireNoErrors(blocking, "提交");
        part.submittedRevision = part.revision;
        PublishRequest given = request == null ? new PublishRequest(null, null, null) : request;
        within("publication", () -> publisher.publish(part, kind, given, blocking, snapshotOf));
        return BatchOutcome.of(part, findings);
    }

    /** Runs a step on one member of an item ({@code document}), so its problems name their fields inside it. */
    public static <R> R within(String member, Supplier<R> step) {
        try {
            return step.get();
        } catch (ProblemException e) {
            List<Problem.FieldError> errors = e.errors().stream()
                    .map(error -> new Problem.FieldError(member + "." + error.field(), error.message())).toList();
            throw new ProblemException(e.type(), e.getMessage(), errors);
        }
    }

    private void check(List<? extends BatchItem> items) {
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw ProblemException.invalidField("items", "一个批次须有 1 至 " + MAX_ITEMS + " 项 / a batch holds 1 to "
                    + MAX_ITEMS + " department-years");
        }
        Caller caller = Caller.of(identity);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            String field = "items[" + i + "]." + item.departmentCodeField();
            if (!seen.add(item.departmentCode())) {
                throw ProblemException.invalidField(field, "部门 " + item.departmentCode() + " 在批次中重复 / appears "
                        + "twice in the batch");
            }
            if (!caller.publishesFor(item.departmentCode())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "无权公开部门 " + item.departmentCode()
                        + " / not a reviewer of this department's division",
                        List.of(new Problem.FieldError(field, "须由部门所属区划的审核人公开 / published by a reviewer of "
                                + "its division")));
            }
        }
    }

    /** The same problem, pointed at the item: its fields prefixed, its detail naming the department. */
    private static ProblemException inItem(int index, BatchItem item, ProblemException e) {
        String prefix = "items[" + index + "]";
        List<Problem.FieldError> errors = new ArrayList<>();
        e.errors().forEach(error -> errors.add(new Problem.FieldError(prefix + "." + error.field(), error.message())));
        if (errors.isEmpty()) {
            errors.add(new Problem.FieldError(prefix, e.getMessage()));
        }
        return new ProblemException(e.type(), prefix + " (" + item.departmentCode() + "): " + e.getMessage(), errors);
    }
}
