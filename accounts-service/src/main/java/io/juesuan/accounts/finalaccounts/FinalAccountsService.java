package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.catalogue.Catalogues;
import io.juesuan.accounts.department.DepartmentService;
import io.juesuan.accounts.department.DepartmentView;
import io.juesuan.accounts.explanations.ExplanationData;
import io.juesuan.accounts.explanations.ExplanationGenerator;
import io.juesuan.accounts.explanations.ExplanationInput;
import io.juesuan.accounts.explanations.PriorYear;
import io.juesuan.accounts.explanations.StatedFigures;
import io.juesuan.accounts.profile.DepartmentProfile;
import io.juesuan.accounts.profile.StateAssets;
import io.juesuan.accounts.tables.Figures;
import io.juesuan.accounts.tables.PrintedCell;
import io.juesuan.accounts.tables.PublicTable;
import io.juesuan.accounts.tables.PublicTables;
import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.accounts.tables.TableLayout;
import io.juesuan.accounts.tables.TableLayouts;
import io.juesuan.accounts.validation.FinalAccountsValidator;
import io.juesuan.accounts.validation.TableRules;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.platform.part.BatchResult;
import io.juesuan.platform.part.DepartmentYearParts;
import io.juesuan.platform.part.PartBatch;
import io.juesuan.platform.part.PartKind;
import io.juesuan.platform.part.PartPublisher;
import io.juesuan.platform.part.PartWorkflow;
import io.juesuan.platform.part.Publication;
import io.juesuan.platform.part.PublicationView;
import io.juesuan.platform.part.PublishRequest;
import io.juesuan.platform.part.Reviewable;
import io.juesuan.platform.part.SaveResult;
import io.juesuan.platform.part.WorkflowView;
import io.juesuan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Saves, reads and publishes final accounts; every method is one transaction. */
@ApplicationScoped
@Transactional
public class FinalAccountsService implements Reviewable {

    public static final PartKind KIND = new PartKind("final-accounts", "FinalAccountsPublished");

    private final DepartmentService departments;
    private final Catalogues catalogues;
    private final PartPublisher publisher;
    private final PartWorkflow workflow;
    private final PartBatch batch;

    FinalAccountsService(DepartmentService departments, Catalogues catalogues, PartPublisher publisher,
                         PartWorkflow workflow, PartBatch batch) {
        this.batch = batch;
        this.departments = departments;
        this.catalogues = catalogues;
        this.publisher = publisher;
        this.workflow = workflow;
    }

    public SaveResult<FinalAccountsView> save(String departmentCode, int year, FinalAccountsDocument document,
                                              String ifMatch) {
        DepartmentYearParts.Writable<FinalAccounts> written = write(departmentCode, year, document, ifMatch);
        FinalAccounts record = written.part();
        return new SaveResult<>(written.created(), record.revision, view(record));
    }

    /**
     * A year's batch (批量导入并公开): each item registers its department, saves its final accounts and publishes them,
     * all in one transaction; its tables and findings are generated once, not at each step.
     */
    public BatchResult publishBatch(int year, List<FinalAccountsBatch.Item> items) {
        return batch.run(year, items, item -> {
            departments.save(item.department());
            String code = item.departmentCode();
            FinalAccounts record = PartBatch.within("document", () -> write(code, year, item.document(), null)).part();
            DepartmentView department = departments.find(code).orElseThrow();
            PublishRequest request = PartBatch.within("publication", () -> publishRequest(record, item.publication()));
            FinalAccountsContent content = content(record);
            return batch.publish(record, KIND, request, record.blocking(content.findings()), content.findings(),
                    snapshotOf(department, year, content));
        });
    }

    private DepartmentYearParts.Writable<FinalAccounts> write(String departmentCode, int year,
                                                             FinalAccountsDocument document, String ifMatch) {
        if (document.year() != year) {
            throw ProblemException.invalidField("year", "与路径中的年度 " + year + " 不一致 / differs from the path");
        }
        departments.require(departmentCode);
        Catalogue catalogue = catalogue(year);
        DocumentReader reader = new DocumentReader(catalogue, layouts(catalogue.year()), document.unit());
        Figures figures = reader.read(document);
        ExplanationData explanations = reader.explanations(document);
        DepartmentProfile profile = reader.profile(document);

        DepartmentYearParts.Writable<FinalAccounts> writable =
                DepartmentYearParts.forWrite(FinalAccounts.class, departmentCode, year, ifMatch, FinalAccounts::new);
        FinalAccounts record = writable.part();
        store(figures, record);
        store(explanations, record);
        record.transcribedFrom = blankToNull(document.transcribedFrom());
        store(profile, document.assets(), record);
        record.touch();
        record.persist();
        return writable;
    }

    public FinalAccountsView get(String departmentCode, int year) {
        return DepartmentYearParts.find(FinalAccounts.class, departmentCode, year).map(this::view)
                .orElseThrow(() -> notFound(departmentCode, year));
    }

    /** One public table of the working copy. */
    public PublicTable table(String departmentCode, int year, String tableId) {
        PublicTable table = get(departmentCode, year).content().tables().get(tableId);
        if (table == null) {
            throw ProblemException.notFound("公开" + tableId + "表尚未提供 / table " + tableId + " is not available");
        }
        return table;
    }

    /** Submits the working copy for the finance bureau's review; errors block it as they block publishing. */
    @Override
    public WorkflowView submit(String departmentCode, int year, String ifMatch) {
        return workflow.submit(FinalAccounts.class, departmentCode, year, ifMatch,
                record -> record.blocking(content(record).findings()));
    }

    @Override
    public WorkflowView returnForChanges(String departmentCode, int year, String comment, String ifMatch) {
        return workflow.returnForChanges(FinalAccounts.class, departmentCode, year, ifMatch, comment);
    }

    /**
     * Publishes the submitted working copy. The first publication of data entered natively records the finance
     * bureau's approval (批复), from which the 20 days of the disclosure deadline run.
     */
    public PublicationView publish(String departmentCode, int year, PublishRequest request, String ifMatch) {
        DepartmentView department = departments.find(departmentCode).orElseThrow(() -> notFound(departmentCode, year));
        FinalAccounts record = DepartmentYearParts.forPublish(FinalAccounts.class, departmentCode, year, ifMatch)
                .orElseThrow(() -> notFound(departmentCode, year));
        PublishRequest checked = publishRequest(record, request);
        FinalAccountsContent content = content(record);
        return publisher.publish(record, KIND, checked, record.blocking(content.findings()),
                snapshotOf(department, year, content));
    }

    /** The first publication of data entered natively must record the approval. */
    private static PublishRequest publishRequest(FinalAccounts record, PublishRequest request) {
        PublishRequest given = request == null ? new PublishRequest(null, null, null) : request;
        boolean needsApproval = record.transcribedFrom == null && record.approvalNumber == null;
        if (needsApproval && given.approval() == null) {
            throw ProblemException.invalidField("approvalNumber", "首次公开须填写财政部门批复文号和日期 / the first "
                    + "publication records the finance bureau's approval number and date");
        }
        return given;
    }

    private static Function<Publication, Object> snapshotOf(DepartmentView department, int year,
                                                            FinalAccountsContent content) {
        return publication -> new FinalAccountsSnapshot(department, year, publication.publishedVersion(),
                publication.publishedAt(), publication.correctionReason(), publication.approval(), content);
    }

    /** A transcript is published as printed, its errors shown with it; native data must be free of errors. */

    private Catalogue catalogue(int year) {
        return catalogues.forYear(year).orElseThrow(() -> ProblemException.invalidField("year",
                "没有 " + year + " 年度的科目目录和报表模板 / no catalogue and table templates for year " + year));
    }

    private static Map<String, TableLayout> layouts(int year) {
        return TableLayouts.load(year).orElseThrow(() -> ProblemException.invalidField("year",
                "没有 " + year + " 年度的报表格式 / no table layouts for year " + year));
    }

    private FinalAccountsView view(FinalAccounts record) {
        return new FinalAccountsView(record.departmentCode, record.year, record.status(), record.revision,
                record.publishedVersion, content(record));
    }

    private FinalAccountsContent content(FinalAccounts record) {
        Catalogue catalogue = catalogue(record.year);
        Figures figures = figures(record);
        PublicTables.Generated generated = PublicTables.generate(catalogue, layouts(catalogue.year()), figures);
        List<Finding> findings = new ArrayList<>();
        if (catalogue.year() != record.year) {
            findings.add(new Finding("ACC-CATALOGUE-OF-ANOTHER-YEAR", Finding.Severity.WARNING, "平台未提供 "
                    + record.year + " 年度科目目录和报表模板，按 " + catalogue.year() + " 年度的校验和生成 / no catalogue "
                    + "and templates for " + record.year + ": checked and generated with " + catalogue.year() + "'s",
                    new Finding.Location("CATALOGUE", String.valueOf(catalogue.year()), null)));
        }
        findings.addAll(FinalAccountsValidator.validate(catalogue, figures));
        findings.addAll(generated.findings());
        findings.addAll(TableRules.check(generated.tables()));
        ExplanationData explanationData = explanationData(record);
        StateAssets assets = assets(record);
        ExplanationGenerator.Result explanations = ExplanationGenerator.generate(record.year, catalogue,
                new TableFigures(generated.tables()), figures.threePublic(), assets, explanationData,
                lastYear(record.departmentCode, record.year));
        findings.addAll(explanations.findings());
        List<EconomicLine> basic = new ArrayList<>();
        figures.basicByEconomic().forEach((code, amount) -> basic.add(new EconomicLine(code, amount)));
        return new FinalAccountsContent(profile(record), assets, MoneyUnit.YUAN, incomeLines(figures),
                expenditureLines(figures), basic, figures.threePublic(), figures.balances(), figures.declared(),
                figures.printedNames(), record.transcribedFrom, explanationData.officeOperation(),
                explanationInputs(explanationData), explanationData.stated(), generated.tables(),
                explanations.explanations(), findings);
    }

    /** Last year's figures from the platform's own record of the department, when it has one. */
    private Optional<PriorYear> lastYear(String departmentCode, int year) {
        return DepartmentYearParts.find(FinalAccounts.class, departmentCode, year - 1).flatMap(last ->
                catalogues.forYear(last.year).flatMap(catalogue -> TableLayouts.load(catalogue.year()).map(layouts ->
                        PriorYear.fromRecord(new TableFigures(PublicTables.generate(catalogue, layouts, figures(last))
                                .tables()), last.officeOperation))));
    }

    private static void store(Figures figures, FinalAccounts record) {
        record.income.clear();
        figures.income().forEach((code, sources) -> sources.forEach((source, amount) ->
                record.income.add(new IncomeCell(code, source, amount))));
        record.expenditure.clear();
        figures.expenditure().forEach((code, funds) -> funds.forEach((fund, kinds) -> kinds.forEach((kind, amount) ->
                record.expenditure.add(new ExpenditureCell(code, fund, kind, amount)))));
        record.threePublicActual = figures.threePublic().actual();
        record.threePublicBudget = figures.threePublic().budget();
        record.threePublicCounts = figures.threePublic().counts();
        record.openingBalance = figures.balances().opening();
        record.nonFiscalBalanceUsed = figures.balances().nonFiscalUsed();
        record.balanceDistribution = figures.balances().distribution();
        record.closingBalance = figures.balances().closing();
        record.basicExpenditure.clear();
        figures.basicByEconomic().forEach((code, amount) -> record.basicExpenditure.add(new EconomicCell(code, amount)));
        record.printedNames.clear();
        figures.printedNames().forEach((table, names) -> names.forEach((ordinal, name) ->
                record.printedNames.add(new PrintedRowName(table, ordinal, name))));
        record.declared.clear();
        figures.declared().forEach((table, rows) -> rows.forEach((row, columns) -> columns.forEach((column, cell) ->
                record.declared.add(new DeclaredCell(table, row, column, cell)))));
    }

    private static void store(ExplanationData explanations, FinalAccounts record) {
        record.officeOperation = explanations.officeOperation();
        record.explanationInputs.clear();
        explanations.inputs().forEach((key, input) ->
                record.explanationInputs.add(new ExplanationInputCell(key, input.priorYear(), input.reason())));
        record.statedFigures.clear();
        explanations.stated().forEach((key, stated) -> record.statedFigures.add(new StatedFigureCell(key, stated)));
    }

    private static void store(DepartmentProfile profile, StateAssets assets, FinalAccounts record) {
        record.duties = profile.duties();
        record.workSummary = profile.workSummary();
        record.units.clear();
        profile.units().forEach(unit -> record.units.add(new UnitCell(unit)));
        record.vehicles = assets == null ? null : assets.vehicles();
        record.generalEquipment = assets == null ? null : assets.generalEquipment();
        record.specialEquipment = assets == null ? null : assets.specialEquipment();
    }

    private static DepartmentProfile profile(FinalAccounts record) {
        return new DepartmentProfile(record.duties, record.units.stream().map(UnitCell::unit).toList(),
                record.workSummary);
    }

    /** null when the document gave no assets at all. */
    private static StateAssets assets(FinalAccounts record) {
        if (record.vehicles == null && record.generalEquipment == null && record.specialEquipment == null) {
            return null;
        }
        return new StateAssets(record.vehicles, record.generalEquipment, record.specialEquipment);
    }

    private static List<ExplanationInput> explanationInputs(ExplanationData data) {
        List<ExplanationInput> inputs = new ArrayList<>();
        data.inputs().forEach((key, input) -> inputs.add(new ExplanationInput(key, input.priorYear(), input.reason())));
        return inputs;
    }

    private static ExplanationData explanationData(FinalAccounts record) {
        Map<String, ExplanationData.Input> inputs = new LinkedHashMap<>();
        record.explanationInputs.forEach(cell ->
                inputs.put(cell.lineKey, new ExplanationData.Input(cell.priorYear, cell.reason)));
        Map<String, StatedFigures> stated = new TreeMap<>();
        record.statedFigures.forEach(cell -> stated.put(cell.lineKey, cell.figures()));
        return new ExplanationData(record.officeOperation, inputs, stated);
    }

    /** The stored cells as figures, in code order. */
    private static Figures figures(FinalAccounts record) {
        Map<String, Map<IncomeSource, BigDecimal>> income = new TreeMap<>();
        record.income.forEach(cell -> income.computeIfAbsent(cell.functionCode, k -> new EnumMap<>(IncomeSource.class))
                .put(cell.source, cell.amount));
        Map<String, Map<Fund, Map<ExpenditureKind, BigDecimal>>> expenditure = new TreeMap<>();
        record.expenditure.forEach(cell -> expenditure.computeIfAbsent(cell.functionCode, k -> new EnumMap<>(Fund.class))
                .computeIfAbsent(cell.fund, k -> new EnumMap<>(ExpenditureKind.class)).put(cell.kind, cell.amount));
        Map<String, BigDecimal> basic = new TreeMap<>();
        record.basicExpenditure.forEach(cell -> basic.put(cell.economicCode, cell.amount));
        Map<String, Map<String, Map<String, PrintedCell>>> declared = new TreeMap<>();
        record.declared.forEach(cell -> declared.computeIfAbsent(cell.tableId, k -> new TreeMap<>())
                .computeIfAbsent(cell.rowKey, k -> new TreeMap<>()).put(cell.columnKey, cell.printed()));
        return new Figures(income, expenditure, basic,
                new ThreePublic(record.threePublicActual, record.threePublicBudget, record.threePublicCounts), declared,
                new Balances(record.openingBalance, record.nonFiscalBalanceUsed, record.balanceDistribution,
                        record.closingBalance), printedNames(record));
    }

    private static Map<String, Map<Integer, String>> printedNames(FinalAccounts record) {
        Map<String, Map<Integer, String>> names = new TreeMap<>();
        record.printedNames.forEach(row -> names.computeIfAbsent(row.tableId, k -> new TreeMap<>())
                .put(row.ordinal, row.name));
        return names;
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ProblemException notFound(String departmentCode, int year) {
        return ProblemException.notFound("部门 " + departmentCode + " 无 " + year + " 年度决算 / no final accounts of "
                + departmentCode + " for " + year);
    }
}
