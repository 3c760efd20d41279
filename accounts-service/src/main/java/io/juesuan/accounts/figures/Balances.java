package io.juesuan.accounts.figures;

import io.juesuan.platform.json.OptionalFigures;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The balances of the year: 年初结转和结余 + 本年收入 + 使用非财政拨款结余 = 本年支出 + 结余分配 + 年末结转和结余.
 * Any part may be absent: an absent balance is a blank cell.
 *
 * @param opening       年初结转和结余 by fund
 * @param nonFiscalUsed 使用非财政拨款结余
 * @param distribution  结余分配
 * @param closing       年末结转和结余 by fund
 */
public record Balances(@Valid FundAmounts opening,
                       @Schema(description = "使用非财政拨款结余. " + OptionalFigures.ABSENT)
                       @PositiveOrZero BigDecimal nonFiscalUsed,
                       @Schema(description = "结余分配. " + OptionalFigures.ABSENT)
                       @PositiveOrZero BigDecimal distribution, @Valid FundAmounts closing) {

    public static final Balances NONE = new Balances(null, null, null, null);
}
