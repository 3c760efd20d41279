/**
 * The explanations (第三部分 情况说明): year-on-year and against-budget figures generated from the tables, their
 * Chinese sentences, and the checks of the figures a legacy text states.
 */
package io.juesuan.accounts.explanations;
