package io.juesuan.platform.part;

/** A service whose department-year part goes through review before publication. */
public interface Reviewable {

    /** Submits the working copy's current revision; errors among its findings block it. */
    WorkflowView submit(String departmentCode, int year, String ifMatch);

    /** Returns the submitted working copy with the reviewer's comment. */
    WorkflowView returnForChanges(String departmentCode, int year, String comment, String ifMatch);
}
