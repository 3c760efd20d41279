package io.juesuan.accounts.finalaccounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * Basic expenditure of the general budget (一般公共预算财政拨款基本支出) under one economic 款 (公开06表).
 *
 * @param economicCode the 5-digit 支出经济分类 款 code, e.g. 30101
 * @param amount       in the document's unit
 */
public record EconomicLine(
        @NotBlank @Pattern(regexp = "^[0-9]{5}$", message = "经济分类款级科目编码须为5位数字 / an economic code (款) has 5 digits")
        String economicCode,
        @NotNull @PositiveOrZero BigDecimal amount) {
}
