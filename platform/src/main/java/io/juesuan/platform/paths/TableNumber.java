package io.juesuan.platform.paths;

/** The number of a public table as printed, {@code 01} to {@code 09} (公开01表 to 公开09表), nothing else. */
public record TableNumber(String value) {

    public static final String MESSAGE = "表号须为01至09 / tables are 01 to 09";

    public TableNumber {
        if (value == null || value.length() != 2 || value.charAt(0) != '0' || value.charAt(1) < '1'
                || value.charAt(1) > '9') {
            throw new IllegalArgumentException(MESSAGE);
        }
    }

    public static TableNumber parse(String text) {
        return new TableNumber(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
