package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.department.DepartmentService;
import io.juesuan.accounts.department.DepartmentView;
import io.juesuan.accounts.tables.Table01Generator;
import io.juesuan.accounts.template.ExpenditureTemplate;
import io.juesuan.accounts.template.Templates;
import io.juesuan.accounts.validation.FinalAccountsValidator;
import io.juesuan.platform.findings.Finding;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.platform.part.DepartmentYearParts;
import io.juesuan.platform.part.PartKind;
import io.juesuan.platform.part.PartPublisher;
import io.juesuan.platform.part.PublicationView;
import io.juesuan.platform.part.SaveResult;
import io.juesuan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Saves, reads and publishes final accounts; every method is one transaction. */
@ApplicationScoped
@Transactional
public class FinalAccountsService {

    public static final PartKind KIND = new PartKind("final-accounts", "FinalAccountsPublished");

    private final DepartmentService departments;
    private final Templates templates;
    private final PartPublisher publisher;

    FinalAccountsService(DepartmentService departments, Templates templates, PartPublisher publisher) {
        this.departments = departments;
        this.templates = templates;
        this.publisher = publisher;
    }

    public SaveResult<FinalAccountsView> save(String departmentCode, int year, FinalAccountsDocument document, String ifMatch) {
        departments.require(departmentCode);
        ExpenditureTemplate template = template(year);
        Map<IncomeSource, BigDecimal> income = incomeInYuan(document);
        Map<String, BigDecimal> expenditure = expenditureInYuan(document);

        DepartmentYearParts.Writable<FinalAccounts> writable =
                DepartmentYearParts.forWrite(FinalAccounts.class, departmentCode, year, ifMatch, FinalAccounts::new);
        FinalAccounts record = writable.part();
        record.income.clear();
        record.income.putAll(income);
        record.expenditureByClass.clear();
        record.expenditureByClass.putAll(expenditure);
        record.touch();
        record.persist();
        return new SaveResult<>(writable.created(), record.revision, view(record, template));
    }

    public FinalAccountsView get(String departmentCode, int year) {
        return DepartmentYearParts.find(FinalAccounts.class, departmentCode, year)
                .map(record -> view(record, template(year)))
                .orElseThrow(() -> notFound(departmentCode, year));
    }

    public PublicationView publish(String departmentCode, int year, String reason, String ifMatch) {
        DepartmentView department = departments.find(departmentCode).orElseThrow(() -> notFound(departmentCode, year));
        FinalAccounts record = DepartmentYearParts.forPublish(FinalAccounts.class, departmentCode, year, ifMatch)
                .orElseThrow(() -> notFound(departmentCode, year));
        FinalAccountsContent content = content(record, template(year));
        return publisher.publish(record, KIND, reason, content.findings(), publication ->
                new FinalAccountsSnapshot(department, year, publication.publishedVersion(),
                        publication.publishedAt(), publication.correctionReason(), content));
    }

    private ExpenditureTemplate template(int year) {
        return templates.expenditure(year).orElseThrow(() -> ProblemException.invalidField("year",
                "没有 " + year + " 年度的报表模板 / no table template for year " + year));
    }

    private static FinalAccountsView view(FinalAccounts record, ExpenditureTemplate template) {
        return new FinalAccountsView(record.departmentCode, record.year, record.status(), record.revision,
                record.publishedVersion, content(record, template));
    }

    private static FinalAccountsContent content(FinalAccounts record, ExpenditureTemplate template) {
        Map<String, BigDecimal> expenditure = new TreeMap<>(record.expenditureByClass);
        List<ClassExpenditure> classes = expenditure.entrySet().stream()
                .map(e -> new ClassExpenditure(e.getKey(), e.getValue())).toList();
        return new FinalAccountsContent(MoneyUnit.YUAN, IncomeBySource.of(record.income), classes,
                Table01Generator.generate(template, record.income, expenditure),
                FinalAccountsValidator.validate(template, expenditure.keySet()));
    }

    private static Map<IncomeSource, BigDecimal> incomeInYuan(FinalAccountsDocument document) {
        Map<IncomeSource, BigDecimal> income = new HashMap<>();
        document.income().asMap().forEach((source, amount) ->
                income.put(source, yuan(document.unit(), amount, "income." + IncomeBySource.fieldOf(source))));
        return income;
    }

    private static Map<String, BigDecimal> expenditureInYuan(FinalAccountsDocument document) {
        Map<String, BigDecimal> expenditure = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<ClassExpenditure> lines = new ArrayList<>(document.expenditureByClass());
        for (int i = 0; i < lines.size(); i++) {
            ClassExpenditure line = lines.get(i);
            String field = "expenditureByClass[" + i + "]";
            if (!seen.add(line.code())) {
                throw ProblemException.invalidField(field + ".code",
                        "功能分类 " + line.code() + " 重复 / function class " + line.code() + " appears twice");
            }
            expenditure.put(line.code(), yuan(document.unit(), line.amount(), field + ".amount"));
        }
        return expenditure;
    }

    private static BigDecimal yuan(MoneyUnit unit, BigDecimal amount, String field) {
        if (!unit.isExactToFen(amount)) {
            throw ProblemException.invalidField(field, "金额精度不能超过分 / an amount cannot be finer than one fen");
        }
        return unit.toYuan(amount);
    }

    private static ProblemException notFound(String departmentCode, int year) {
        return ProblemException.notFound("部门 " + departmentCode + " 无 " + year + " 年度决算 / no final accounts of "
                + departmentCode + " for " + year);
    }
}
