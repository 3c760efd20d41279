package io.juesuan.gateway.disclosures;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.text.CsvCell;

/**
 * One public table as CSV (RFC 4180, UTF-8, header row): the row's code, name and level, then one column per
 * amount column under its official title, amounts in 万元 as exact decimals (0.00 a stated zero), "-" where the
 * document printed a dash, an empty cell where the table has no figure.
 * Text cells are written by {@link CsvCell}, so none of them opens as a formula in a spreadsheet.
 */
final class TableCsv {

    private TableCsv() {
    }

    static String render(JsonNode table) {
        StringBuilder csv = new StringBuilder();
        csv.append("编码 code,名称 name,级次 level");
        for (JsonNode column : table.path("columns")) {
            csv.append(',').append(CsvCell.of(column.path("title").asText() + " " + column.path("key").asText()));
        }
        csv.append("\r\n");
        for (JsonNode row : table.path("rows")) {
            csv.append(CsvCell.of(row.path("code").asText())).append(',')
                    .append(CsvCell.of(row.path("name").asText())).append(',')
                    .append(CsvCell.of(row.path("level").asText()));
            for (JsonNode column : table.path("columns")) {
                String key = column.path("key").asText();
                JsonNode value = row.path("values").path(key);
                csv.append(',');
                if (value.isNumber()) {
                    csv.append(value.decimalValue().toPlainString());
                } else if (!value.isNull() && !value.isMissingNode()) {
                    csv.append(CsvCell.of(value.asText()));
                } else if (row.path("marks").hasNonNull(key)) {
                    csv.append(CsvCell.of(row.path("marks").path(key).asText()));
                }
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }
}
