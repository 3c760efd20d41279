package io.juesuan.accounts.figures;

import io.juesuan.platform.json.OptionalFigures;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The balances of the year: 年初结转和结余 + 本年收入 + 使用非财政拨款结余 = 本年支出 + 结余分配 + 年末结转和结余.
 * Any part may be absent: an absent balance is a blank cell.
 *
 * @param opening       年初结转和结余 by fund
 * @param nonFiscalUsed 使用非财政拨款结余
 * @param distribution  结余分配
 * @param closing       年末结转和结余 by fund
 * @param byItem        the 政府性基金 and 国有资本经营 balances by 项 that 08 and 09 print; empty when not given
 */
public record Balances(@Valid FundAmounts opening,
                       @Schema(description = "使用非财政拨款结余. " + OptionalFigures.ABSENT)
                       @PositiveOrZero BigDecimal nonFiscalUsed,
                       @Schema(description = "结余分配. " + OptionalFigures.ABSENT)
                       @PositiveOrZero BigDecimal distribution, @Valid FundAmounts closing,
                       @Size(max = 5000) List<@NotNull @Valid FundBalanceLine> byItem) {

    public static final Balances NONE = new Balances(null, null, null, null, List.of());

    public Balances {
        byItem = byItem == null ? List.of() : List.copyOf(byItem);
    }
}
