package io.juesuan.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Every decimal of a JSON body is a figure a disclosure could print: at most {@link #MAX_INTEGER_DIGITS} digits
 * before the point and {@link #MAX_FRACTION_DIGITS} after it (trailing zeros aside). {@code 1e400} and
 * {@code 1e-400000000} are refused at the door naming their field, before any arithmetic (whose cost grows with the
 * exponent) or any column (whose precision they exceed) sees them.
 */
class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

    /** NUMERIC(18,2) holds 16; a figure in 元 stated in 万元 has 4 fewer. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** Amounts in 万元 to the fen have 6 decimals. */
    static final int MAX_FRACTION_DIGITS = 6;

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        BigDecimal value = super.deserialize(parser, context);
        if (value == null || value.signum() == 0) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (integerDigits > MAX_INTEGER_DIGITS || stripped.scale() > MAX_FRACTION_DIGITS) {
            return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value, "数值超出范围（整数最多"
                    + MAX_INTEGER_DIGITS + "位，小数最多" + MAX_FRACTION_DIGITS + "位）/ a number has at most "
                    + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_FRACTION_DIGITS + " after it");
        }
        return value;
    }
}
