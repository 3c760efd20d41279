package io.juesuan.accounts.explanations;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The inputs of the explanations as stored, amounts in yuan.
 *
 * @param officeOperation 机关运行经费 of the year, or null when not given
 * @param inputs          per line key: prior-year amount and reason
 * @param stated          per line key: the figures a legacy text states (amounts in yuan, percent as printed)
 */
public record ExplanationData(BigDecimal officeOperation, Map<String, Input> inputs,
                              Map<String, StatedFigures> stated) {

    public static final ExplanationData NONE = new ExplanationData(null, Map.of(), Map.of());

    /** @param priorYear yuan, or null; @param budget 年初预算数, yuan, or null; @param reason or null */
    public record Input(BigDecimal priorYear, BigDecimal budget, String reason) {
    }

    public String reason(String key) {
        Input input = inputs.get(key);
        return input == null ? null : input.reason();
    }
}
