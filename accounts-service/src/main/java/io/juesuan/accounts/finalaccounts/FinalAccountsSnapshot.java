package io.juesuan.accounts.finalaccounts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.juesuan.accounts.department.DepartmentView;
import io.juesuan.platform.part.Approval;

import java.time.OffsetDateTime;

/**
 * A published version: what the event carries and what stays readable forever. The department profile travels
 * inside it so the gateway never needs this service's database.
 */
public record FinalAccountsSnapshot(DepartmentView department, int year, int publishedVersion,
                                    OffsetDateTime publishedAt, String correctionReason, Approval approval,
                                    @JsonUnwrapped FinalAccountsContent content) {
}
