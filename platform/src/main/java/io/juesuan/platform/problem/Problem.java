package io.juesuan.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * RFC 9457 problem details, with the fields that were wrong.
 *
 * @param type     a URI naming the kind of problem
 * @param title    short summary, the same for every occurrence of the type
 * @param status   the HTTP status
 * @param detail   this occurrence, in words
 * @param instance the request path
 * @param errors   the offending fields, when the input was at fault
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One wrong field: a dotted JSON path such as {@code income.otherIncome} and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
