/** Final accounts (部门决算) of a department-year: working copy, validation, publication. */
package io.juesuan.accounts.finalaccounts;
