/** What identifies a department-year: the department code's format, the fiscal years, the events' key. */
package io.juesuan.platform.department;
