/**
 * 预算绩效管理情况 as a department summary (the Shanghai template's 十): projects with performance goals, tracked and
 * self-evaluated, their average score and grades, the problems found and put right; checked, and written as the
 * template's paragraph.
 */
package io.juesuan.evaluation.performance;
