package io.juesuan.evaluation.funds;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The fund table as read back, in 万元, with the rates the report restates for the 合计 row.
 *
 * @param rows         as printed, per source
 * @param arrivalRate  到位率 = ⑤ / ① of 合计, in %
 * @param spendingRate 支出实现率 = ⑥ / ⑤ of 合计, in %
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundTableView(Map<FundSource, FundRow> rows, BigDecimal arrivalRate, BigDecimal spendingRate) {
}
