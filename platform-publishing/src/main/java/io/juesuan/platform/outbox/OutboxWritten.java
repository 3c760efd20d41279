package io.juesuan.platform.outbox;

/** CDI event fired when an outbox row is written; observed after commit to wake the relay at once. */
public record OutboxWritten(String aggregateId) {
}
