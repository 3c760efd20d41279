package io.juesuan.accounts.figures;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * A cell as a legacy document prints it: a figure, a dash or nothing. They say different things (0.00: zero;
 * "-": the cell does not apply; blank: nothing stated), so each is kept and shown as printed. In JSON a figure is
 * a number, a dash the string {@code "-"}, a blank {@code null} (its OpenAPI schema is given by
 * {@code OpenApiAdditions}, for the JSON is not the record's shape).
 *
 * @param amount the figure, null for a dash or a blank
 * @param mark   {@link #DASH} or the empty string for a blank; null for a figure
 */
@JsonDeserialize(using = PrintedCell.Reader.class)
public record PrintedCell(BigDecimal amount, String mark) {

    public static final String DASH = "-";
    public static final PrintedCell DASHED = new PrintedCell(null, DASH);
    public static final PrintedCell BLANK = new PrintedCell(null, "");

    public static PrintedCell figure(BigDecimal amount) {
        return new PrintedCell(amount, null);
    }

    /** The cell as stored: an amount, or the mark of a cell without one. */
    public static PrintedCell of(BigDecimal amount, String mark) {
        return amount != null ? figure(amount) : DASH.equals(mark) ? DASHED : BLANK;
    }

    public boolean isFigure() {
        return amount != null;
    }

    public boolean isDash() {
        return DASH.equals(mark);
    }

    /** The same cell with its figure converted (万元 to yuan, yuan to 万元). */
    public PrintedCell map(UnaryOperator<BigDecimal> convert) {
        return isFigure() ? figure(convert.apply(amount)) : this;
    }

    @JsonValue
    Object json() {
        return isFigure() ? amount : isDash() ? DASH : null;
    }

    /** Reads a number, {@code "-"} or {@code null}; any other text is refused naming the cell. */
    static final class Reader extends StdDeserializer<PrintedCell> {

        Reader() {
            super(PrintedCell.class);
        }

        @Override
        public PrintedCell deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return figure(context.readValue(parser, BigDecimal.class));
            }
            if (token == JsonToken.VALUE_STRING && DASH.equals(parser.getText())) {
                return DASHED;
            }
            return (PrintedCell) context.handleUnexpectedToken(PrintedCell.class, token, parser,
                    "所列单元格须为数字、\"-\" 或 null（空白） / a printed cell is a number, \"-\" or null (blank)");
        }

        @Override
        public PrintedCell getNullValue(DeserializationContext context) {
            return BLANK;
        }
    }
}
