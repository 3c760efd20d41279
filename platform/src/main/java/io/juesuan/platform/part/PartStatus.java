package io.juesuan.platform.part;

/** Where a part stands: never published, published as is, or published with unpublished edits since. */
public enum PartStatus {
    /** 草稿: never published, invisible to the public. */
    DRAFT,
    /** 已公开: the working copy is the latest published version. */
    PUBLISHED,
    /** 更正中: published, with saved changes not yet published as a correction. */
    CORRECTION_DRAFT
}
