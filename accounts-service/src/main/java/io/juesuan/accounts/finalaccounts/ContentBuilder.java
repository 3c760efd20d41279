package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.catalogue.FunctionNames;
import io.juesuan.accounts.department.Department;
import io.juesuan.accounts.explanations.ExplanationData;
import io.juesuan.accounts.explanations.ExplanationGenerator;
import io.juesuan.accounts.explanations.ExplanationInput;
import io.juesuan.accounts.explanations.PriorYear;
import io.juesuan.accounts.figures.ExpenditureByKind;
import io.juesuan.accounts.figures.Figures;
import io.juesuan.accounts.figures.IncomeBySource;
import io.juesuan.accounts.layout.DocumentLayout;
import io.juesuan.accounts.layout.DocumentLayouts;
import io.juesuan.accounts.profile.StateAssets;
import io.juesuan.accounts.tables.PublicTables;
import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.accounts.validation.FinalAccountsValidator;
import io.juesuan.accounts.validation.TableRules;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.platform.part.DepartmentYearParts;
import io.juesuan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds what a stored record shows and publishes: its tables, validation findings and explanations, generated
 * with the layout the document's year resolves to, and last year's figures from the platform's own record.
 */
@ApplicationScoped
class ContentBuilder {

    private final DocumentLayouts layouts;

    ContentBuilder(DocumentLayouts layouts) {
        this.layouts = layouts;
    }

    /**
     * What a document of the division and year is checked and printed with now, or a 400 problem on {@code year}
     * when the platform has no catalogue or layout profile near it.
     */
    DocumentLayout layout(String divisionCode, int year) {
        return layouts.forDocument(divisionCode, year).orElseThrow(() -> noLayout(year));
    }

    /** What a stored record was last checked with. */
    private DocumentLayout layoutOf(FinalAccounts record) {
        return layouts.forStored(record.layoutProfileId, divisionOf(record), record.year)
                .orElseThrow(() -> noLayout(record.year));
    }

    private static ProblemException noLayout(int year) {
        return ProblemException.invalidField("year", "没有 " + year + " 年度的科目目录和版式 / no catalogue and layout "
                + "profile for year " + year);
    }

    FinalAccountsContent content(FinalAccounts record) {
        DocumentLayout layout = layoutOf(record);
        Figures figures = StoredFigures.figures(record);
        Department department = Department.findById(record.departmentCode);
        PublicTables.Generated generated = PublicTables.generate(layout.catalogue(), layout.templates(), figures,
                department == null ? null : department.name, record.year);
        List<Finding> findings = new ArrayList<>();
        if (layout.isOfAnotherYear(record.year)) {
            int codes = layout.catalogue().year();
            int fromYear = layout.profile().key().fromYear();
            findings.add(new Finding("ACC-CATALOGUE-OF-ANOTHER-YEAR", Finding.Severity.WARNING, "平台没有 "
                    + record.year + " 年度的科目目录或版式：按 " + codes + " 年度的科目校验、" + fromYear
                    + " 年起的版式生成 / no catalogue or layout of " + record.year + ": checked with the codes of "
                    + codes + ", printed in the layout from " + fromYear,
                    new Finding.Location("CATALOGUE", String.valueOf(codes), null)));
        }
        findings.addAll(FinalAccountsValidator.validate(layout.catalogue(), layout.templates(), figures));
        findings.addAll(generated.findings());
        findings.addAll(TableRules.check(generated.tables()));
        ExplanationData explanationData = StoredFigures.explanationData(record);
        StateAssets assets = StoredFigures.assets(record);
        ExplanationGenerator.Result explanations = ExplanationGenerator.generate(layout.explanationStyle(),
                record.year, department == null ? null : department.name,
                new FunctionNames(layout.catalogue(), figures.printedFunctionNames()),
                new TableFigures(generated.tables()), figures.threePublic(), assets,
                layout.profile().definition().assets(), explanationData,
                lastYear(record.departmentCode, record.year));
        findings.addAll(explanations.findings());
        List<EconomicLine> basic = new ArrayList<>();
        figures.basicByEconomic().forEach((code, amount) -> basic.add(new EconomicLine(code, amount)));
        return new FinalAccountsContent(StoredFigures.profile(record), layout.profile().ref(), assets, MoneyUnit.YUAN,
                incomeLines(figures),
                expenditureLines(figures), basic, figures.threePublic(), figures.balances(), figures.declared(),
                figures.printedNames(), figures.printedFunctionNames(), record.transcribedFrom,
                explanationData.officeOperation(),
                explanationInputs(explanationData), explanationData.stated(), generated.tables(),
                explanations.explanations(), findings);
    }

    /** Last year's figures from the platform's own record of the department, when it has one. */
    private Optional<PriorYear> lastYear(String departmentCode, int year) {
        return DepartmentYearParts.find(FinalAccounts.class, departmentCode, year - 1).flatMap(last ->
                layouts.forStored(last.layoutProfileId, divisionOf(last), last.year).map(layout ->
                        PriorYear.fromRecord(new TableFigures(PublicTables.generate(layout.catalogue(),
                                layout.templates(), StoredFigures.figures(last), null, last.year).tables()),
                                last.officeOperation)));
    }

    /** The department's division, asked only of a record saved before layout profiles were kept with it. */
    private static String divisionOf(FinalAccounts record) {
        if (record.layoutProfileId != null) {
            return null;
        }
        Department department = Department.findById(record.departmentCode);
        return department == null ? null : department.divisionCode;
    }

    private static List<ExplanationInput> explanationInputs(ExplanationData data) {
        List<ExplanationInput> inputs = new ArrayList<>();
        data.inputs().forEach((key, input) -> inputs.add(new ExplanationInput(key, input.priorYear(), input.budget(),
                input.reason())));
        return inputs;
    }

    private static List<IncomeLine> incomeLines(Figures figures) {
        List<IncomeLine> lines = new ArrayList<>();
        figures.income().forEach((code, sources) -> lines.add(new IncomeLine(code, IncomeBySource.of(sources))));
        return lines;
    }

    private static List<ExpenditureLine> expenditureLines(Figures figures) {
        List<ExpenditureLine> lines = new ArrayList<>();
        figures.expenditure().forEach((code, funds) -> funds.forEach((fund, kinds) ->
                lines.add(new ExpenditureLine(code, fund, ExpenditureByKind.of(kinds)))));
        return lines;
    }
}
