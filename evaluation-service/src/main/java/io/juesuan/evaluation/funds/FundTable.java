package io.juesuan.evaluation.funds;

import io.juesuan.platform.money.MoneyUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/**
 * A project's fund table (资金结构), row by row as printed.
 *
 * @param unit the unit of its amounts, 万元 in the seed
 * @param rows by source; absent rows are blank
 */
public record FundTable(@NotNull MoneyUnit unit, @NotNull Map<FundSource, @NotNull @Valid FundRow> rows) {
}
