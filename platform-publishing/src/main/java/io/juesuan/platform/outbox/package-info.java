/**
 * Transactional outbox: a publish writes its event here in the same transaction, and {@link
 * io.juesuan.platform.outbox.OutboxRelay} moves it to Kafka afterwards. No dual writes.
 */
package io.juesuan.platform.outbox;
