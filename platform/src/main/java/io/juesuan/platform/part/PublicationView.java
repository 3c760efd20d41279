package io.juesuan.platform.part;

import java.time.OffsetDateTime;

/** One publication of a part, as listed under {@code .../versions}. */
public record PublicationView(String departmentCode, int year, int publishedVersion, OffsetDateTime publishedAt,
                              String correctionReason) {

    static PublicationView of(PublishedSnapshot snapshot) {
        String[] key = snapshot.aggregateId.split(":");
        return new PublicationView(key[0], Integer.parseInt(key[1]), snapshot.publishedVersion,
                snapshot.publishedAt, snapshot.correctionReason);
    }
}
