/**
 * The scoring engine of project self-evaluations: scoring rules as data (tiers, all-or-nothing, deduction per
 * step, ratios, sums, manual judgement), evaluated over plain figures into the scores of every indicator, the
 * totals per 一级 and 二级, the total and the grade. Pure functions, no persistence.
 */
package io.juesuan.evaluation.scoring;
