package io.juesuan.procurement.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A procurement contract as a client writes it.
 *
 * @param number         合同编号
 * @param title          合同名称
 * @param category       货物 / 工程 / 服务
 * @param method         采购方式
 * @param amount         合同金额, yuan, exact to the fen
 * @param awardDate      中标（成交）日期
 * @param signingDate    合同签订日期
 * @param reservedForSme whether the lot was reserved for SMEs (预留中小企业份额)
 * @param supplier       the supplier
 */
public record ContractDocument(@NotBlank @Size(max = 100) String number, @NotBlank @Size(max = 300) String title,
                               @NotNull ContractCategory category, @NotNull ProcurementMethod method,
                               @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal amount,
                               LocalDate awardDate, LocalDate signingDate, boolean reservedForSme,
                               @NotNull @Valid Supplier supplier) {
}
