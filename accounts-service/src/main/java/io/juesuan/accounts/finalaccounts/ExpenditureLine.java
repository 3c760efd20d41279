package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.figures.ExpenditureByKind;
import io.juesuan.accounts.figures.Fund;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A 项's expenditure of the year from one fund, by kind: the grain tables 03, 04, 05, 08 and 09 are built from.
 *
 * @param functionCode the 7-digit 项 code
 * @param fund         where the money came from
 * @param amounts      expenditure by kind
 */
public record ExpenditureLine(
        @NotBlank @Pattern(regexp = "^[0-9]{7}$", message = FunctionCodes.ITEM_MESSAGE) String functionCode,
        @NotNull Fund fund,
        @NotNull @Valid ExpenditureByKind amounts) {
}
