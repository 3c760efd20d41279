/** Departments (部门): the disclosing bodies, identified by division code and sequence. */
package io.juesuan.accounts.department;
