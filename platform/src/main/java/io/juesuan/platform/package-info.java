/**
 * Cross-cutting plumbing shared by the Juesuan services: transactional outbox and its relay to Kafka, the event
 * envelope, publication of immutable part versions, RFC 9457 problem responses and JSON settings. Domain models
 * stay in their own service.
 */
package io.juesuan.platform;
