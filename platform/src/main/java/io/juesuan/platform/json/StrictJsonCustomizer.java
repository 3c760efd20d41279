package io.juesuan.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.juesuan.platform.text.PlainText;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/**
 * JSON for money: decimals are read as {@code BigDecimal} and written plainly (never 1E+2), and input is strict,
 * so a misspelt field or a number sent as text is a clear 400 instead of an amount silently dropped. A body is one
 * JSON value with no key given twice and nothing after it; a string field takes a string (never a number or a
 * boolean turned into text) of plain text ({@link io.juesuan.platform.text.PlainText}); a decimal is a figure of
 * bounded size ({@link BoundedDecimalDeserializer}); and the parser stops early at
 * what no document of ours holds (deep nesting, numbers of more than {@link #MAX_NUMBER_LENGTH} characters, strings
 * beyond {@link #MAX_STRING_LENGTH}), so no single body can exhaust a service's heap.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    /** The deepest nesting a document of ours reaches is under 10. */
    static final int MAX_DEPTH = 64;
    /** NUMERIC(18,2) needs at most 19 characters; a few more for a sign, an exponent or trailing zeros. */
    static final int MAX_NUMBER_LENGTH = 40;
    /** Five times a text field's limit: the parser stops here, the field's own check names it below that. */
    static final int MAX_STRING_LENGTH = 5 * PlainText.MAX_LENGTH;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH)
                .build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("bounded-input")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer()));
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // 100.00 stays 100.00 in JSON trees (events, read model): two decimals are part of the figure's meaning
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }
}
