package io.juesuan.accounts.finalaccounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * Expenditure of one function class (支出功能分类 类).
 *
 * @param code   the 3-digit class code, e.g. 201
 * @param amount the year's expenditure in the document's unit
 */
public record ClassExpenditure(
        @NotBlank @Pattern(regexp = "^[0-9]{3}$", message = "类级科目编码须为3位数字 / a function class code has 3 digits")
        String code,
        @NotNull @PositiveOrZero BigDecimal amount) {
}
