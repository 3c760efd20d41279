package io.juesuan.accounts.tables;

/**
 * One fixed row of a table template, matched by ordinal.
 *
 * @param ordinal the printed number (一、二、… as 1, 2, …)
 * @param code    the function class (类) code the row stands for
 * @param name    the name as the year's table prints it, which may differ from the catalogue's
 */
public record TemplateRow(int ordinal, String code, String name) {
}
