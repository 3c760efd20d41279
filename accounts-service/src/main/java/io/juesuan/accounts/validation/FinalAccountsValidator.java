package io.juesuan.accounts.validation;

import io.juesuan.accounts.catalogue.Catalogue;
import io.juesuan.accounts.catalogue.FunctionCode;
import io.juesuan.accounts.figures.Figures;
import io.juesuan.accounts.tables.TableTemplates;
import io.juesuan.platform.findings.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Findings on the codes of a department-year's figures; run on every save. */
public final class FinalAccountsValidator {

    /** A well-formed code the year's catalogue does not list: loaded, with a warning naming it. */
    public static final String CODE_NOT_IN_CATALOGUE = "ACC-CODE-NOT-IN-CATALOGUE";
    /** A function class the year's 01 template has no row for. */
    public static final String CLASS_OUTSIDE_TEMPLATE = "ACC-01-CLASS-OUTSIDE-TEMPLATE";

    /** A template row of 01 or 04 printed under another name than its class has in the catalogue. */
    public static final String ROW_NAME = "ACC-ROW-NAME";

    private FinalAccountsValidator() {
    }

    public static List<Finding> validate(Catalogue catalogue, TableTemplates templates, Figures figures) {
        TreeSet<String> codes = new TreeSet<>(figures.income().keySet());
        codes.addAll(figures.expenditure().keySet());
        List<Finding> findings = new ArrayList<>();
        TreeSet<String> unknown = new TreeSet<>();
        for (String item : codes) {
            for (String code : List.of(FunctionCode.ancestorAt(item, FunctionCode.Level.SECTION), item)) {
                if (catalogue.functionName(code).isEmpty()) {
                    unknown.add(code);
                }
            }
        }
        unknown.forEach(code -> findings.add(new Finding(CODE_NOT_IN_CATALOGUE, Finding.Severity.WARNING,
                "功能分类 " + code + " 不在 " + catalogue.year() + " 年科目目录中 / function code " + code
                        + " is not in the " + catalogue.year() + " catalogue", new Finding.Location(null, code, null))));
        figures.basicByEconomic().keySet().stream().filter(code -> catalogue.economicName(code).isEmpty())
                .forEach(code -> findings.add(new Finding(CODE_NOT_IN_CATALOGUE, Finding.Severity.WARNING,
                        "经济分类 " + code + " 不在 " + catalogue.year() + " 年科目目录中 / economic code " + code
                                + " is not in the " + catalogue.year() + " catalogue", new Finding.Location("06", code, null))));
        figures.expenditure().keySet().stream().map(c -> FunctionCode.ancestorAt(c, FunctionCode.Level.CLASS))
                .distinct().sorted()
                .filter(classCode -> templates.expenditureRowFor(classCode).isEmpty())
                .forEach(classCode -> findings.add(new Finding(CLASS_OUTSIDE_TEMPLATE, Finding.Severity.WARNING,
                        "功能分类 " + classCode + " 不在 " + catalogue.year() + " 年公开01表的固定行中 / function class "
                                + classCode + " has no row in the " + catalogue.year() + " template of table 01",
                        new Finding.Location("01", classCode, null))));
        figures.printedNames().forEach((table, names) -> names.forEach((ordinal, printed) ->
                templates.expenditureRow(ordinal)
                        .flatMap(row -> catalogue.functionName(row.code()).map(name -> new String[] {row.code(), name}))
                        .filter(known -> !known[1].equals(printed))
                        .ifPresent(known -> findings.add(new Finding(ROW_NAME, Finding.Severity.WARNING, "公开" + table
                                + "表第" + ordinal + "行印作“" + printed + "”，科目 " + known[0] + " 名为“" + known[1]
                                + "” / the printed row name differs from the catalogue's",
                                new Finding.Location(table, known[0], null))))));
        return findings;
    }
}
