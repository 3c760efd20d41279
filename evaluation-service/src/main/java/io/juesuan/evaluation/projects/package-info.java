/** Project performance self-evaluations (项目支出绩效自评) of a department-year. */
package io.juesuan.evaluation.projects;
