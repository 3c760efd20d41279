/**
 * The figures of a department-year as the tables and explanations read them: funds, income sources, kinds of
 * expenditure, balances, 三公, and the cells a legacy document prints. Value types only; they know nothing of how a
 * document is stored or sent.
 */
package io.juesuan.accounts.figures;
