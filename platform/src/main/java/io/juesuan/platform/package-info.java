/**
 * Cross-cutting plumbing every Juesuan service shares, the gateway included: the event envelope and topics, the
 * department-year's identity, RFC 9457 problem responses, access rules, JSON and money settings. No persistence:
 * the publishing side (parts, their workflow, the outbox) is {@code juesuan-platform-publishing}. Domain models stay
 * in their own service.
 */
package io.juesuan.platform;
