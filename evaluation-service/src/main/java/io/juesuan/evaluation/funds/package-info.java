/** A project's fund table (财政资金安排和使用情况): per source, its formulas and subtotals. */
package io.juesuan.evaluation.funds;
