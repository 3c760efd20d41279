package io.juesuan.accounts.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A unit whose accounts the department's final accounts include (列入部门决算编制范围的单位).
 *
 * @param name      单位名称
 * @param kind      单位性质
 * @param headcount 在职人数
 */
public record UnitInScope(@NotBlank @Size(max = 200) String name, @NotNull UnitKind kind,
                          @NotNull @PositiveOrZero Integer headcount) {
}
