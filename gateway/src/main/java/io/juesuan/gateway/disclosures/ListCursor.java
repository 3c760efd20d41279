package io.juesuan.gateway.disclosures;

import io.juesuan.platform.department.DepartmentYear;
import io.juesuan.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of the list ends: the last department-year it showed. Opaque to clients (base64url), so the order
 * can change without breaking their contract; a cursor that does not decode is bad input, not an empty page.
 */
record ListCursor(String departmentCode, int year) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((departmentCode + ":" + year).getBytes(StandardCharsets.UTF_8));
    }

    static ListCursor decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            text = "";
        }
        if (!DepartmentYear.isKey(text)) {
            throw ProblemException.invalidField("cursor",
                    "游标无效，请使用上一页返回的 nextCursor / not a cursor this API returned");
        }
        String[] parts = text.split(":");
        return new ListCursor(parts[0], Integer.parseInt(parts[1]));
    }
}
