package io.juesuan.platform.part;

import io.juesuan.platform.problem.ProblemException;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Asks to publish the submitted working copy.
 *
 * @param reason         why a correction (更正) is published; required from the second publication on
 * @param approvalNumber the finance bureau's approval (批复文号), kept once given
 * @param approvalDate   its date (批复日期)
 */
public record PublishRequest(@Size(max = 2000) String reason, @Size(max = 100) String approvalNumber,
                             @PastOrPresent LocalDate approvalDate) {

    /** The approval this request records, or null when it gives none. */
    public Approval approval() {
        if ((approvalNumber == null || approvalNumber.isBlank()) && approvalDate == null) {
            return null;
        }
        if (approvalNumber == null || approvalNumber.isBlank()) {
            throw ProblemException.invalidField("approvalNumber",
                    "批复日期须附批复文号 / an approval date needs its number");
        }
        if (approvalDate == null) {
            throw ProblemException.invalidField("approvalDate",
                    "批复文号须附批复日期 / an approval number needs its date");
        }
        return new Approval(approvalNumber.strip(), approvalDate);
    }
}
