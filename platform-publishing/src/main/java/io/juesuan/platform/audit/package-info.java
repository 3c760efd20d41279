/**
 * The audit log (审计日志): every write and every refused write of a service, kept append-only in its own database
 * and readable by the reviewers of a division.
 */
package io.juesuan.platform.audit;
