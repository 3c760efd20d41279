package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.figures.IncomeBySource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A 项's income of the year by source (one row of 公开02表).
 *
 * @param functionCode the 7-digit 项 code, e.g. 2011302
 * @param amounts      income by source
 */
public record IncomeLine(
        @NotBlank @Pattern(regexp = "^[0-9]{7}$", message = FunctionCodes.ITEM_MESSAGE) String functionCode,
        @NotNull @Valid IncomeBySource amounts) {
}
