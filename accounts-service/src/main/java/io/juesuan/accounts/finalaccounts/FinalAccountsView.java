package io.juesuan.accounts.finalaccounts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.juesuan.platform.part.PartStatus;

/** The working copy of a department-year's final accounts, with its counters. */
public record FinalAccountsView(String departmentCode, int year, PartStatus status, long revision,
                                int publishedVersion, @JsonUnwrapped FinalAccountsContent content) {
}
