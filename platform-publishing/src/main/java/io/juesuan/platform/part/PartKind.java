package io.juesuan.platform.part;

/**
 * What a service publishes: the aggregate type stored with snapshots and outbox rows, and the event type.
 *
 * @param aggregateType e.g. {@code final-accounts}
 * @param eventType     e.g. {@code FinalAccountsPublished}
 */
public record PartKind(String aggregateType, String eventType) {
}
