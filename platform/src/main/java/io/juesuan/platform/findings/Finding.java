package io.juesuan.platform.findings;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One result of validation, the same shape in every service.
 *
 * @param rule     stable rule id, e.g. {@code ACC-EXP-CLASS-UNKNOWN}
 * @param severity errors block publication, warnings don't
 * @param message  bilingual: Chinese / English
 * @param location where it applies
 */
public record Finding(String rule, Severity severity, String message, Location location) {

    public enum Severity {
        ERROR, WARNING;

        /**
         * A figure the design requires that a document leaves out: an error that blocks native entry, a warning on
         * a transcript, which is published as printed.
         */
        public static Severity ofAbsentRequiredFigure(boolean transcript) {
            return transcript ? WARNING : ERROR;
        }
    }

    /**
     * Where a finding applies.
     *
     * @param table  canonical table id (01–09) or part name
     * @param row    row code or ordinal, when one row is meant
     * @param column column name, when one cell is meant
     */
    public record Location(String table, String row, String column) {
    }

    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
