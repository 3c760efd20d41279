package io.juesuan.platform.part;

/**
 * Where a part stands in its workflow: draft → submitted → returned (with comments) or published; an edit after
 * publication is a correction draft that goes the same way.
 */
public enum PartStatus {
    /** 草稿: never published, invisible to the public. */
    DRAFT,
    /** 已提交: this revision awaits the finance bureau's review. */
    SUBMITTED,
    /** 已退回: the reviewer returned this revision with comments. */
    RETURNED,
    /** 已公开: the working copy is the latest published version. */
    PUBLISHED,
    /** 更正中: published, with saved changes not yet published as a correction. */
    CORRECTION_DRAFT
}
