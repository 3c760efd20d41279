package io.juesuan.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import io.juesuan.platform.text.PlainText;

import java.io.IOException;

/** Every string of a JSON body is held to {@link PlainText}: a refusal names the field, like any other bad value. */
class PlainTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        String problem = PlainText.problemWith(text);
        if (problem != null) {
            return (String) context.handleWeirdStringValue(String.class, text, problem);
        }
        return text;
    }
}
