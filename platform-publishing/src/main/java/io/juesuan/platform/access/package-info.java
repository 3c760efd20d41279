/**
 * The permissions the writing services' resource methods require of a caller for a department, checked on the
 * method's converted arguments.
 */
package io.juesuan.platform.access;
