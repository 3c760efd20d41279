/** Validation rules over the final accounts; each rule has a stable id. */
package io.juesuan.accounts.validation;
