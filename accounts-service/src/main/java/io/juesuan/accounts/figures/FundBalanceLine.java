package io.juesuan.accounts.figures;

import io.juesuan.platform.json.OptionalFigures;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One 项's 年初/年末结转和结余 of a fund printed by 项 (公开08表 for 政府性基金, 09表 for 国有资本经营 where the layout
 * prints them): what those columns of the tables are summed from.
 *
 * @param functionCode the 7-digit 项 code
 * @param fund         {@code GOVERNMENT_FUND} or {@code STATE_CAPITAL}
 * @param opening      年初结转和结余; absent when not stated
 * @param closing      年末结转和结余; absent when not stated
 */
public record FundBalanceLine(
        @NotBlank @Pattern(regexp = "^[0-9]{7}$", message = "须为7位项级科目编码 / a 7-digit item code") String functionCode,
        @NotNull Fund fund,
        @Schema(description = "年初结转和结余. " + OptionalFigures.ABSENT) @PositiveOrZero BigDecimal opening,
        @Schema(description = "年末结转和结余. " + OptionalFigures.ABSENT) @PositiveOrZero BigDecimal closing) {
}
