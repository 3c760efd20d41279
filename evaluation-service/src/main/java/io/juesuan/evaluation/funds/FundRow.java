package io.juesuan.evaluation.funds;

import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * One row of the fund table as printed, in the table's unit; the percentage as printed.
 *
 * @param initial       ①年初部门预算安排金额（含历年结余结转）
 * @param adjustment    ②年中调整金额, negative for a cut
 * @param allocated     ③年度拨付金额
 * @param balance       ④本年度结余金额 = ① + ② − ③
 * @param arrived       ⑤实际到位金额
 * @param spent         ⑥实际支出金额
 * @param remaining     ⑦本年度结余金额 = ⑤ − ⑥
 * @param remainingRate ⑧结余率 = ⑦ / ⑤, in %
 */
public record FundRow(@PositiveOrZero BigDecimal initial, BigDecimal adjustment, @PositiveOrZero BigDecimal allocated,
                      BigDecimal balance, @PositiveOrZero BigDecimal arrived, @PositiveOrZero BigDecimal spent,
                      BigDecimal remaining, BigDecimal remainingRate) {
}
