package io.juesuan.accounts.explanations;

import io.juesuan.accounts.catalogue.FunctionNames;
import io.juesuan.accounts.figures.ThreePublic;
import io.juesuan.accounts.profile.AssetWording;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.accounts.profile.StateAssets;
import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.findings.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Generates the explanations of a department-year and the findings on their inputs and stated figures. */
public final class ExplanationGenerator {

    /** The explanations and what the checks found. */
    public record Result(Explanations explanations, List<Finding> findings) {
    }

    private ExplanationGenerator() {
    }

    /**
     * @param style      which template's sections and wording the layout profile prints
     * @param department the department's name, as Shanghai's wording names it; null when unknown
     * @param assets     state assets at the year's end, or null when not given
     * @param lastYear   last year's figures from the platform's own record, when it has one
     */
    public static Result generate(ExplanationStyle style, int year, String department, FunctionNames names,
                                  TableFigures tables, ThreePublic threePublic, StateAssets assets,
                                  AssetWording assetWording, ExplanationData data, Optional<PriorYear> lastYear) {
        List<Finding> findings = new ArrayList<>();
        PriorYear prior = lastYear.orElseGet(() -> PriorYear.fromDocument(data));
        lastYear.ifPresent(record -> findings.addAll(ExplanationChecks.againstRecord(record, data)));
        Map<String, ExplanationLine> lines = ExplanationBuilder.build(style, names, tables, data, prior,
                threePublic.budget());
        lines.replaceAll((key, line) -> {
            ExplanationData.Input input = data.inputs().get(key);
            return input == null || input.budget() == null ? line
                    : line.withBudget(MoneyUnit.toDisplay(input.budget()));
        });
        findings.addAll(StatedFigureChecks.check(lines, data.stated()));
        findings.addAll(ExplanationChecks.check(style, lines, prior, tables));
        findings.addAll(ExplanationChecks.vehiclesHeldWithinAssets(threePublic.counts(), assets));
        PriorYear.Source source = lastYear.isPresent() || !prior.isEmpty() ? prior.source() : null;
        List<ExplanationSection> sections = switch (style) {
            case NATIONAL_2020 -> ExplanationText.write(year, lines, threePublic.counts(), assets, assetWording);
            case SHANGHAI_2024 -> ShanghaiText.write(year, department, lines, tables, threePublic.counts(), assets,
                    assetWording);
        };
        return new Result(new Explanations(source, List.copyOf(lines.values()), sections), findings);
    }
}
