/**
 * The evaluation report (绩效评价报告) of a project: its sections as written, its per-二级 score lines generated
 * from the table, and the figures a legacy report states checked against it.
 */
package io.juesuan.evaluation.report;
