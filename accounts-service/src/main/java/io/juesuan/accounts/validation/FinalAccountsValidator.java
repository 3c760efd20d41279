package io.juesuan.accounts.validation;

import io.juesuan.accounts.template.ExpenditureTemplate;
import io.juesuan.platform.findings.Finding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Findings on a department-year's final accounts; run on every save. */
public final class FinalAccountsValidator {

    /** A function class the year's 01 template has no row for. */
    public static final String CLASS_OUTSIDE_TEMPLATE = "ACC-01-CLASS-OUTSIDE-TEMPLATE";

    private FinalAccountsValidator() {
    }

    public static List<Finding> validate(ExpenditureTemplate template, Collection<String> classCodes) {
        List<Finding> findings = new ArrayList<>();
        for (String code : classCodes) {
            if (template.rowFor(code).isEmpty()) {
                findings.add(new Finding(CLASS_OUTSIDE_TEMPLATE, Finding.Severity.WARNING,
                        "功能分类 " + code + " 不在 " + template.year() + " 年公开01表的固定行中 / function class " + code
                                + " has no row in the " + template.year() + " template of table 01",
                        new Finding.Location("01", code, null)));
            }
        }
        return findings;
    }
}
