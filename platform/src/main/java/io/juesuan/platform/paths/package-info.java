/**
 * The identifiers a request path carries (department code, fiscal year, table number, a row's or version's number)
 * as strict types, parsed once by one converter before any handler or access rule sees them.
 */
package io.juesuan.platform.paths;
