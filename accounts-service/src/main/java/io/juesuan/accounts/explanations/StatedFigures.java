package io.juesuan.accounts.explanations;

import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * The figures a legacy explanation text states for one line, kept as printed and checked against the ones
 * generated from the tables. Any part may be absent: the text did not state it.
 *
 * @param amount  the year's amount
 * @param base    the figure compared with, when the text states it (年初预算 for 三公, 上年决算数 rarely)
 * @param change  signed: negative where the text says 减少
 * @param percent signed percentage, two decimals: negative where the text says 下降
 * @param completion 完成年初预算的 %, as printed
 */
public record StatedFigures(@PositiveOrZero BigDecimal amount, @PositiveOrZero BigDecimal base, BigDecimal change,
                            BigDecimal percent, BigDecimal completion) {
}
