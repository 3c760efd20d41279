package io.juesuan.platform.part;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/** Where a part stands after a workflow step. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkflowView(String departmentCode, int year, PartStatus status, long revision, int publishedVersion,
                           String reviewComment, String approvalNumber, LocalDate approvalDate, String submittedBy,
                           String returnedBy, String publishedBy) {

    public static WorkflowView of(DepartmentYearPart part) {
        return new WorkflowView(part.departmentCode, part.year, part.status(), part.revision, part.publishedVersion,
                part.status() == PartStatus.RETURNED ? part.reviewComment : null, part.approvalNumber,
                part.approvalDate, part.submittedBy, part.returnedBy, part.publishedBy);
    }
}
