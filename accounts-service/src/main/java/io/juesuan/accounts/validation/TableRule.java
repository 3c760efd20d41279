package io.juesuan.accounts.validation;

import io.juesuan.accounts.tables.TableFigures;
import io.juesuan.platform.findings.Finding;

import java.util.List;

/** One validation rule across the generated public tables; each rule has a stable id and lives in one class. */
public interface TableRule {

    /** Stable rule id, e.g. {@code ACC-01-EQ-03}. */
    String id();

    List<Finding> check(TableFigures tables);
}
