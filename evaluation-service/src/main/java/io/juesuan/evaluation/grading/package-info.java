/** Grades (等次) from total scores, with the bands kept as data. */
package io.juesuan.evaluation.grading;
