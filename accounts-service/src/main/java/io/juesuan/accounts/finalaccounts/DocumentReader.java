package io.juesuan.accounts.finalaccounts;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.catalogue.FunctionCode;
import io.juesuan.accounts.explanations.ExplanationData;
import io.juesuan.accounts.explanations.ExplanationStyle;
import io.juesuan.accounts.figures.Balances;
import io.juesuan.accounts.figures.ExpenditureByKind;
import io.juesuan.accounts.figures.ExpenditureKind;
import io.juesuan.accounts.figures.Figures;
import io.juesuan.accounts.figures.Fund;
import io.juesuan.accounts.figures.FundAmounts;
import io.juesuan.accounts.figures.FundBalanceLine;
import io.juesuan.accounts.figures.IncomeBySource;
import io.juesuan.accounts.figures.IncomeSource;
import io.juesuan.accounts.figures.PrintedCell;
import io.juesuan.accounts.figures.ThreePublic;
import io.juesuan.accounts.figures.ThreePublicAmounts;
import io.juesuan.accounts.profile.DepartmentProfile;
import io.juesuan.accounts.profile.UnitInScope;
import io.juesuan.accounts.tables.FunctionTableBuilder;
import io.juesuan.accounts.tables.SummaryTableBuilder;
import io.juesuan.accounts.tables.TableLayout;
import io.juesuan.accounts.tables.TableTemplates;
import io.juesuan.accounts.tables.TemplateRow;
import io.juesuan.accounts.tables.ThreePublicTableBuilder;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a document into exact yuan figures, refusing what cannot be stored (400, naming the field): a code under
 * a 类 the year does not have, a line given twice, an amount finer than a fen, a declared cell no table has.
 * What is merely doubtful (a code the catalogue lacks) is left to the validation findings.
 */
final class DocumentReader {

    /** Rows of the summary tables 01 and 04 besides their income lines and function classes. */
    private static final Set<String> SUMMARY_TOTALS = Set.of(SummaryTableBuilder.INCOME_TOTAL,
            SummaryTableBuilder.EXPENDITURE_TOTAL, SummaryTableBuilder.INCOME_GRAND_TOTAL,
            SummaryTableBuilder.EXPENDITURE_GRAND_TOTAL);

    /** The table that prints a fund's balances by 项. */
    private static final Map<Fund, String> FUND_BALANCE_TABLES = Map.of(Fund.GOVERNMENT_FUND, "08",
            Fund.STATE_CAPITAL, "09");
    private static final Map<Fund, String> FUND_FIELDS = Map.of(Fund.GENERAL_BUDGET, "generalBudget",
            Fund.GOVERNMENT_FUND, "governmentFund", Fund.STATE_CAPITAL, "stateCapital", Fund.NON_FISCAL, "nonFiscal");

    private final Catalogue catalogue;
    private final TableTemplates templates;
    private final MoneyUnit unit;

    DocumentReader(Catalogue catalogue, TableTemplates templates, MoneyUnit unit) {
        this.catalogue = catalogue;
        this.templates = templates;
        this.unit = unit;
    }

    Figures read(FinalAccountsDocument document) {
        return new Figures(income(document.income()), expenditure(document.expenditure()),
                basicExpenditure(document.basicExpenditure() == null ? List.of() : document.basicExpenditure()),
                threePublic(document.threePublic()),
                declared(document.declared() == null ? Map.of() : document.declared()),
                balances(document.balances()),
                printedNames(document.printedNames() == null ? Map.of() : document.printedNames()),
                functionNames(document.functionNames() == null ? Map.of() : document.functionNames()));
    }

    /** Names printed for function codes: keyed by well-formed codes of any level. */
    private static Map<String, String> functionNames(Map<String, String> given) {
        Map<String, String> names = new java.util.TreeMap<>();
        given.forEach((code, name) -> {
            if (!FunctionCode.isWellFormed(code)) {
                throw ProblemException.invalidField("functionNames." + code, "功能分类科目编码须为3、5或7位数字 / a "
                        + "function code has 3, 5 or 7 digits");
            }
            if (name == null || name.isBlank()) {
                throw ProblemException.invalidField("functionNames." + code, "缺少科目名称 / no name");
            }
            names.put(code, name.strip());
        });
        return names;
    }

    private Map<String, Map<IncomeSource, BigDecimal>> income(List<IncomeLine> lines) {
        Map<String, Map<IncomeSource, BigDecimal>> income = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            IncomeLine line = lines.get(i);
            String field = "income[" + i + "]";
            checkCode(line.functionCode(), field + ".functionCode");
            if (income.containsKey(line.functionCode())) {
                throw ProblemException.invalidField(field + ".functionCode", "项 " + line.functionCode()
                        + " 重复 / appears twice");
            }
            Map<IncomeSource, BigDecimal> sources = new EnumMap<>(IncomeSource.class);
            line.amounts().asMap().forEach((source, amount) -> sources.put(source,
                    yuan(amount, field + ".amounts." + IncomeBySource.fieldOf(source))));
            income.put(line.functionCode(), sources);
        }
        return income;
    }

    private Map<String, Map<Fund, Map<ExpenditureKind, BigDecimal>>> expenditure(List<ExpenditureLine> lines) {
        Map<String, Map<Fund, Map<ExpenditureKind, BigDecimal>>> expenditure = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ExpenditureLine line = lines.get(i);
            String field = "expenditure[" + i + "]";
            checkCode(line.functionCode(), field + ".functionCode");
            Map<Fund, Map<ExpenditureKind, BigDecimal>> byFund =
                    expenditure.computeIfAbsent(line.functionCode(), k -> new EnumMap<>(Fund.class));
            if (byFund.containsKey(line.fund())) {
                throw ProblemException.invalidField(field + ".fund", "项 " + line.functionCode() + " 的 "
                        + line.fund() + " 重复 / appears twice for this function code");
            }
            Map<ExpenditureKind, BigDecimal> kinds = new EnumMap<>(ExpenditureKind.class);
            line.amounts().asMap().forEach((kind, amount) -> kinds.put(kind,
                    yuan(amount, field + ".amounts." + ExpenditureByKind.fieldOf(kind))));
            byFund.put(line.fund(), kinds);
        }
        return expenditure;
    }

    private Map<String, BigDecimal> basicExpenditure(List<EconomicLine> lines) {
        Map<String, BigDecimal> bySection = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            EconomicLine line = lines.get(i);
            String field = "basicExpenditure[" + i + "]";
            checkEconomicCode(line.economicCode(), field + ".economicCode");
            if (bySection.put(line.economicCode(), yuan(line.amount(), field + ".amount")) != null) {
                throw ProblemException.invalidField(field + ".economicCode", "经济分类 " + line.economicCode()
                        + " 重复 / appears twice");
            }
        }
        return bySection;
    }

    private ThreePublic threePublic(ThreePublic given) {
        if (given == null) {
            return new ThreePublic(null, null, null);
        }
        return new ThreePublic(yuan(given.actual(), "threePublic.actual"), yuan(given.budget(), "threePublic.budget"),
                given.counts());
    }

    private ThreePublicAmounts yuan(ThreePublicAmounts amounts, String field) {
        if (amounts == null) {
            return null;
        }
        String[] names = {"abroad", "vehiclePurchase", "vehicleOperation", "reception"};
        BigDecimal[] values = {amounts.abroad(), amounts.vehiclePurchase(), amounts.vehicleOperation(),
                amounts.reception()};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                yuan(values[i], field + "." + names[i]);
            }
        }
        return amounts.map(unit::toYuan);
    }

    /** Names of template rows: only 01 and 04 have them, and only for ordinals the year's template has. */
    private Map<String, Map<Integer, String>> printedNames(Map<String, Map<Integer, String>> given) {
        Map<String, Map<Integer, String>> names = new java.util.TreeMap<>();
        given.forEach((table, byOrdinal) -> {
            if (!"01".equals(table) && !"04".equals(table)) {
                throw ProblemException.invalidField("printedNames." + table,
                        "只有公开01表和04表有固定行 / only tables 01 and 04 have template rows");
            }
            byOrdinal.forEach((ordinal, name) -> {
                if (templates.expenditureRow(ordinal).isEmpty()) {
                    throw noTemplateRow("printedNames." + table + "." + ordinal, ordinal);
                }
                names.computeIfAbsent(table, k -> new java.util.TreeMap<>()).put(ordinal, name.strip());
            });
        });
        return names;
    }

    private Balances balances(Balances given) {
        if (given == null) {
            return Balances.NONE;
        }
        return new Balances(fundAmounts(given.opening(), "balances.opening"),
                given.nonFiscalUsed() == null ? null : yuan(given.nonFiscalUsed(), "balances.nonFiscalUsed"),
                given.distribution() == null ? null : yuan(given.distribution(), "balances.distribution"),
                fundAmounts(given.closing(), "balances.closing"), balancesByItem(given.byItem()));
    }

    /** The funds' balances by 项: only where 08 or 09 prints them, each 项 and fund once, at least one figure. */
    private List<FundBalanceLine> balancesByItem(List<FundBalanceLine> lines) {
        List<FundBalanceLine> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            FundBalanceLine line = lines.get(i);
            String field = "balances.byItem[" + i + "]";
            String table = FUND_BALANCE_TABLES.get(line.fund());
            if (table == null) {
                throw ProblemException.invalidField(field + ".fund", "按项目列示结转和结余的只有 GOVERNMENT_FUND（公开08表）"
                        + "和 STATE_CAPITAL（公开09表） / only the government fund and state capital print balances by item");
            }
            checkCode(line.functionCode(), field + ".functionCode");
            if (!seen.add(line.functionCode() + "/" + line.fund())) {
                throw ProblemException.invalidField(field + ".functionCode", "项 " + line.functionCode() + " 的 "
                        + line.fund() + " 重复 / appears twice for this fund");
            }
            if (line.opening() == null && line.closing() == null) {
                throw ProblemException.invalidField(field, "须填年初或年末结转和结余 / gives neither balance");
            }
            read.add(new FundBalanceLine(line.functionCode(), line.fund(),
                    balanceIn(table, "openingBalance", "年初", line.opening(), field + ".opening"),
                    balanceIn(table, "closingBalance", "年末", line.closing(), field + ".closing")));
        }
        return read;
    }

    /** A balance in yuan, refused where the profile's table has no column for it. */
    private BigDecimal balanceIn(String table, String column, String which, BigDecimal amount, String field) {
        if (amount == null) {
            return null;
        }
        if (!templates.table(table).columnKeys().contains(column)) {
            throw ProblemException.invalidField(field, "本地区版式的公开" + table + "表不列" + which + "结转和结余 / this "
                    + "region's table " + table + " prints no such column");
        }
        return yuan(amount, field);
    }

    private FundAmounts fundAmounts(FundAmounts amounts, String field) {
        if (amounts == null) {
            return null;
        }
        for (Fund fund : Fund.values()) {
            BigDecimal amount = amounts.of(fund);
            if (amount != null) {
                yuan(amount, field + "." + FUND_FIELDS.get(fund));
            }
        }
        return amounts.map(unit::toYuan);
    }

    /** An economic code whose 类 the year does not have cannot exist. */
    private void checkEconomicCode(String code, String field) {
        String classCode = code.substring(0, 3);
        if (catalogue.economicName(classCode).isEmpty()) {
            throw ProblemException.invalidField(field, "经济分类 " + code + " 的类级科目 " + classCode + " 不存在于 "
                    + catalogue.year() + " 年科目 / no economic class " + classCode + " in " + catalogue.year());
        }
    }

    private Map<String, Map<String, Map<String, PrintedCell>>> declared(
            Map<String, Map<String, Map<String, PrintedCell>>> declared) {
        Map<String, Map<String, Map<String, PrintedCell>>> cells = new LinkedHashMap<>();
        declared.forEach((table, rows) -> {
            if (!table.matches("^0[1-9]$") || rows == null) {
                throw ProblemException.invalidField("declared." + table, "表号须为01至09，各行列为对象 / tables are 01 "
                        + "to 09, each an object of rows");
            }
            rows.forEach((given, columns) -> {
                if (columns == null) {
                    throw ProblemException.invalidField("declared." + table + "." + given, "各行须为列的对象 / a row "
                            + "is an object of columns");
                }
                String row = templateRowCode(table, given);
                columns.forEach((column, cell) -> {
                    String field = "declared." + table + "." + given + "." + column;
                    checkDeclaredCell(table, row, column, field);
                    cells.computeIfAbsent(table, k -> new LinkedHashMap<>())
                            .computeIfAbsent(row, k -> new LinkedHashMap<>())
                            .put(column, cell.map(amount -> yuan(amount, field)));
                });
            });
        });
        return cells;
    }

    /**
     * A row of 01 or 04 may be named by its template ordinal as printed (十四 → {@code "14"}): it is the row of that
     * ordinal's class, and an ordinal the year's template does not have is refused. Other keys are kept as given.
     */
    private String templateRowCode(String table, String row) {
        if (!("01".equals(table) || "04".equals(table)) || !row.matches("^[1-9][0-9]?$")) {
            return row;
        }
        int ordinal = Integer.parseInt(row);
        return templates.expenditureRow(ordinal).map(TemplateRow::code)
                .orElseThrow(() -> noTemplateRow("declared." + table + "." + row, ordinal));
    }

    private static ProblemException noTemplateRow(String field, int ordinal) {
        return ProblemException.invalidField(field, "本版式的公开01表和04表没有第 " + ordinal + " 行 / the layout "
                + "profile's tables 01 and 04 have no such numbered row");
    }

    /** A declared cell must name a cell of its table; tables not generated yet keep their cells unchecked. */
    private void checkDeclaredCell(String table, String row, String column, String field) {
        TableLayout layout = templates.table(table);
        if (layout == null) {
            return;
        }
        if (!layout.columnKeys().contains(column)) {
            throw ProblemException.invalidField(field, "公开" + table + "表没有列 " + column + "，可用 "
                    + layout.columnKeys() + " / no such column");
        }
        if ("07".equals(table)) {
            if (!ThreePublicTableBuilder.ROWS.contains(row)) {
                throw ProblemException.invalidField(field, "公开07表没有行 " + row + "，可用 "
                        + new java.util.TreeSet<>(ThreePublicTableBuilder.ROWS) + " / no such row");
            }
            return;
        }
        if ("06".equals(table)) {
            boolean groupTotal = layout.groups().stream().anyMatch(g -> g.key().equals(row));
            if (!groupTotal && !row.matches("^[0-9]{3}([0-9]{2})?$")) {
                throw ProblemException.invalidField(field, "公开06表没有行 " + row + " / no such row");
            }
            if (!groupTotal) {
                checkEconomicCode(row, field);
            }
            return;
        }
        boolean knownRow = "01".equals(table) || "04".equals(table)
                ? SUMMARY_TOTALS.contains(row) || layout.fixedRows().stream().anyMatch(r -> r.key().equals(row))
                        || isIncomeSource(row) || row.matches("^[0-9]{3}$")
                : FunctionTableBuilder.TOTAL.equals(row) || FunctionCode.isWellFormed(row);
        if (!knownRow) {
            throw ProblemException.invalidField(field, "公开" + table + "表没有行 " + row + " / no such row");
        }
        if (FunctionCode.isWellFormed(row)) {
            checkCode(row, field);
        }
    }

    private static boolean isIncomeSource(String row) {
        for (IncomeSource source : IncomeSource.values()) {
            if (source.name().equals(row)) {
                return true;
            }
        }
        return false;
    }

    /** The profile of the year; a unit named twice is refused. */
    DepartmentProfile profile(FinalAccountsDocument document) {
        DepartmentProfile profile = document.profile();
        if (profile == null) {
            return DepartmentProfile.EMPTY;
        }
        List<UnitInScope> units = profile.units() == null ? List.of() : profile.units();
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            if (!names.add(units.get(i).name().strip())) {
                throw ProblemException.invalidField("profile.units[" + i + "].name", "单位 " + units.get(i).name()
                        + " 重复 / appears twice");
            }
        }
        return new DepartmentProfile(profile.duties(), units, profile.workSummary());
    }

    /** The inputs of the explanations, refused as the figures are; the style decides which lines there are. */
    ExplanationData explanations(FinalAccountsDocument document, ExplanationStyle style) {
        return new ExplanationReader(this, style).read(document);
    }

    /** A code whose 类 the year does not have cannot exist: its parent is impossible. */
    void checkCode(String code, String field) {
        if (!catalogue.hasClassOf(code)) {
            throw ProblemException.invalidField(field, "功能分类 " + code + " 的类级科目 "
                    + FunctionCode.ancestorAt(code, FunctionCode.Level.CLASS) + " 不存在于 " + catalogue.year()
                    + " 年科目 / no function class " + FunctionCode.ancestorAt(code, FunctionCode.Level.CLASS)
                    + " in " + catalogue.year());
        }
    }

    BigDecimal yuan(BigDecimal amount, String field) {
        return unit.yuanOf(amount, field);
    }
}
