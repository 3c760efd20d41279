package io.juesuan.platform.part;

import java.time.OffsetDateTime;

/**
 * The facts of one publication, handed to the service that builds the snapshot.
 *
 * @param publishedVersion 1 for the first publication, then one more per correction
 * @param publishedAt      when it was published
 * @param correctionReason why a correction (更正) was published; null for version 1
 * @param approval         the approval (批复) the part was published under, or null when none was recorded
 */
public record Publication(int publishedVersion, OffsetDateTime publishedAt, String correctionReason,
                          Approval approval) {
}
