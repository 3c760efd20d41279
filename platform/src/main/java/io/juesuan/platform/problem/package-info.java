/** RFC 9457 problem responses: one mapper for every service, field-level details for bad input. */
package io.juesuan.platform.problem;
