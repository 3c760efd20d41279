package io.juesuan.accounts.validation;

import io.juesuan.platform.findings.Finding;

import java.util.List;

/**
 * One rule of the catalogue.
 *
 * @param id         the id its findings carry
 * @param severities what its findings can be: a rule with a rounding tail warns within it and errs beyond it
 * @param checkZh    what it checks, in Chinese
 * @param checkEn    what it checks, in English
 */
public record ValidationRule(String id, List<Finding.Severity> severities, String checkZh, String checkEn) {
}
