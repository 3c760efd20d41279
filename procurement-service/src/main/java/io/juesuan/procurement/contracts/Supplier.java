package io.juesuan.procurement.contracts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The supplier a contract was awarded to.
 *
 * @param name       供应商名称
 * @param creditCode 统一社会信用代码, checked against its check character
 * @param scale      企业规模
 */
public record Supplier(@NotBlank @Size(max = 200) String name, @NotBlank String creditCode,
                       @NotNull EnterpriseScale scale) {
}
