package io.juesuan.platform.part;

import io.juesuan.platform.findings.Finding;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a batch made of one department-year.
 *
 * @param revision         the working copy's revision, the ETag of later edits
 * @param publishedVersion the version published now
 * @param errors           errors among its findings: only a transcript is published with them
 * @param warnings         warnings among its findings
 */
public record BatchOutcome(String departmentCode, int year, long revision, int publishedVersion,
                           OffsetDateTime publishedAt, long errors, long warnings) {

    static BatchOutcome of(DepartmentYearPart part, List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        return new BatchOutcome(part.departmentCode, part.year, part.revision, part.publishedVersion, part.publishedAt,
                errors, findings.size() - errors);
    }
}
