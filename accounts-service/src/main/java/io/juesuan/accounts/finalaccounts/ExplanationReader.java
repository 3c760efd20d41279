package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.explanations.ExplanationData;
import io.juesuan.accounts.explanations.ExplanationInput;
import io.juesuan.accounts.explanations.ExplanationKeys;
import io.juesuan.accounts.explanations.ExplanationStyle;
import io.juesuan.accounts.explanations.StatedFigures;
import io.juesuan.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the explanation inputs of a document into yuan, refusing (400, naming the field) a key no line has, a
 * prior-year figure or reason on a line that compares with nothing, a line given twice, a percentage finer than
 * the printed two decimals.
 */
final class ExplanationReader {

    private final DocumentReader figures;
    private final ExplanationStyle style;

    ExplanationReader(DocumentReader figures, ExplanationStyle style) {
        this.figures = figures;
        this.style = style;
    }

    ExplanationData read(FinalAccountsDocument document) {
        BigDecimal officeOperation = document.officeOperation() == null ? null
                : figures.yuan(document.officeOperation(), "officeOperation");
        return new ExplanationData(officeOperation,
                inputs(document.explanations() == null ? List.of() : document.explanations()),
                stated(document.stated() == null ? Map.of() : document.stated()));
    }

    private Map<String, ExplanationData.Input> inputs(List<ExplanationInput> given) {
        Map<String, ExplanationData.Input> inputs = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            ExplanationInput input = given.get(i);
            String field = "explanations[" + i + "]";
            checkKey(input.key(), field + ".key");
            if (input.priorYear() != null && !style.takesPriorYear(input.key())) {
                throw ProblemException.invalidField(field + ".priorYear", input.key()
                        + " 不与上年比较，不填上年数 / this line is not compared with the prior year");
            }
            if (input.reason() != null && !style.takesReason(input.key())) {
                throw ProblemException.invalidField(field + ".reason", input.key()
                        + " 无增减比较，不填原因 / this line compares with nothing, so it has no reason");
            }
            if (input.budget() != null && !ExplanationKeys.takesBudget(input.key())) {
                throw ProblemException.invalidField(field + ".budget", input.key()
                        + " 不与年初预算比较，不填预算数 / this line is not compared with a budget");
            }
            BigDecimal prior = input.priorYear() == null ? null : figures.yuan(input.priorYear(), field + ".priorYear");
            BigDecimal budget = input.budget() == null ? null : figures.yuan(input.budget(), field + ".budget");
            if (inputs.put(input.key(), new ExplanationData.Input(prior, budget, input.reason())) != null) {
                throw ProblemException.invalidField(field + ".key", input.key() + " 重复 / appears twice");
            }
        }
        return inputs;
    }

    private Map<String, StatedFigures> stated(Map<String, StatedFigures> given) {
        Map<String, StatedFigures> stated = new LinkedHashMap<>();
        given.forEach((key, figures) -> {
            String field = "stated." + key;
            checkKey(key, field);
            checkPercentage(figures.percent(), field + ".percent");
            checkPercentage(figures.completion(), field + ".completion");
            stated.put(key, new StatedFigures(yuanOrNull(figures.amount(), field + ".amount"),
                    yuanOrNull(figures.base(), field + ".base"), yuanOrNull(figures.change(), field + ".change"),
                    figures.percent(), figures.completion()));
        });
        return stated;
    }

    /** A percentage as a disclosure prints one: two decimals at most, NUMERIC(9,2). */
    private static void checkPercentage(BigDecimal percent, String field) {
        if (percent != null && percent.stripTrailingZeros().scale() > 2) {
            throw ProblemException.invalidField(field, "百分比最多两位小数 / a percentage is printed with at most two "
                    + "decimals");
        }
        // a change of more than a million percent is no figure a disclosure prints
        if (percent != null && percent.precision() - percent.scale() > 7) {
            throw ProblemException.invalidField(field, "百分比超出范围 / a percentage has at most 7 digits before the "
                    + "point");
        }
    }

    private void checkKey(String key, String field) {
        if (!ExplanationKeys.isKnown(key)) {
            throw ProblemException.invalidField(field, "说明没有 " + key + " 一项，可用项级科目编码或 INCOME、EXPENDITURE、"
                    + "GENERAL_BUDGET、THREE_PUBLIC、OFFICE_OPERATION 等 / no explanation line has this key");
        }
        if (!style.writes(key)) {
            throw ProblemException.invalidField(field, "本地区版式的情况说明（" + style.key() + "）不列 " + key
                    + " / the explanations of this region's layout have no such line");
        }
        if (ExplanationKeys.isItem(key)) {
            figures.checkCode(key, field);
        }
    }

    private BigDecimal yuanOrNull(BigDecimal amount, String field) {
        return amount == null ? null : figures.yuan(amount, field);
    }
}
