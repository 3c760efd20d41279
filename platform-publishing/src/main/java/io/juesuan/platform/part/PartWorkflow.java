package io.juesuan.platform.part;

import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import io.juesuan.platform.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.function.Function;

/**
 * The review steps before publication: the department submits a revision, the finance bureau returns it with
 * comments or publishes it ({@link PartPublisher}). A save after submitting makes a new revision, which must be
 * submitted again: a reviewer only ever publishes what was submitted.
 */
@ApplicationScoped
public class PartWorkflow {

    /** The request's identity (a request-scoped proxy): who takes the step. */
    private final SecurityIdentity identity;

    PartWorkflow(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * Submits the current revision of a department-year's part for review.
     *
     * @param blocking the part's findings that must not be errors
     */
    @Transactional
    public <E extends DepartmentYearPart> WorkflowView submit(Class<E> type, String departmentCode, int year,
                                                              String ifMatch, Function<E, List<Finding>> blocking) {
        E part = existing(type, departmentCode, year, ifMatch);
        switch (part.status()) {
            case SUBMITTED -> throw conflict("修订 r" + part.revision + " 已提交 / this revision is already submitted");
            case PUBLISHED -> throw conflict("版本 " + part.publishedVersion + " 已公开且此后无修改 / nothing changed since "
                    + "version " + part.publishedVersion);
            default -> {
            }
        }
        PartPublisher.requireNoErrors(blocking.apply(part), "提交");
        part.submittedRevision = part.revision;
        part.submittedBy = Caller.of(identity).subject();
        return WorkflowView.of(part);
    }

    /** Returns a submitted part to the department with the reviewer's comment. */
    @Transactional
    public <E extends DepartmentYearPart> WorkflowView returnForChanges(Class<E> type, String departmentCode, int year,
                                                                        String ifMatch, String comment) {
        E part = existing(type, departmentCode, year, ifMatch);
        requireSubmitted(part);
        part.returnedRevision = part.revision;
        part.reviewComment = comment.strip();
        part.returnedBy = Caller.of(identity).subject();
        part.submittedRevision = 0;
        return WorkflowView.of(part);
    }

    private static <E extends DepartmentYearPart> E existing(Class<E> type, String departmentCode, int year,
                                                            String ifMatch) {
        return DepartmentYearParts.forPublish(type, departmentCode, year, ifMatch).orElseThrow(() ->
                ProblemException.notFound("部门 " + departmentCode + " 无 " + year + " 年度的此项数据 / nothing of "
                        + departmentCode + " for " + year + " to review"));
    }

    static void requireSubmitted(DepartmentYearPart part) {
        if (part.status() != PartStatus.SUBMITTED) {
            throw conflict("当前状态为 " + part.status() + "，须先提交审核 / only a submitted revision can be reviewed, "
                    + "this one is " + part.status());
        }
    }

    private static ProblemException conflict(String message) {
        return new ProblemException(ProblemType.CONFLICT, message);
    }
}
