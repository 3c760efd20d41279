/** The department profile of a year (第一部分 部门概况) and its state assets (国有资产占用使用情况). */
package io.juesuan.accounts.profile;
