/** Prometheus metrics every service shares (Micrometer): the outbox's backlog and the findings published. */
package io.juesuan.platform.metrics;
