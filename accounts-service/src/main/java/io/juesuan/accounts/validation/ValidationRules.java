package io.juesuan.accounts.validation;

import io.juesuan.platform.data.TsvResource;
import io.juesuan.platform.findings.Finding;

import java.util.Arrays;
import java.util.List;

/** The catalogue of validation rules, read once from {@code validation/rules.tsv}. */
public final class ValidationRules {

    private static final List<ValidationRule> ALL = TsvResource.read("validation/rules.tsv")
            .orElseThrow(() -> new IllegalStateException("validation/rules.tsv is missing")).stream()
            .map(cells -> new ValidationRule(cells[0], Arrays.stream(cells[1].split("\\|"))
                    .map(Finding.Severity::valueOf).toList(), cells[2], cells[3]))
            .toList();

    private ValidationRules() {
    }

    public static List<ValidationRule> all() {
        return ALL;
    }
}
