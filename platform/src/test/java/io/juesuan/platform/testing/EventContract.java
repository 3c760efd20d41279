package io.juesuan.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks events against the contract of their topic: the envelope schema (platform) and the payload schema that
 * sits next to the producer ({@code src/main/resources/events/{topic}.schema.json}). Producers check the events
 * they really publish; the gateway checks the events its tests feed it, so both sides hold to one contract.
 */
public final class EventContract {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();

    private EventContract() {
    }

    /** Asserts the envelope and its payload conform to the topic's schemas. */
    public static void assertConforms(JsonNode event, String topic) {
        assertValid(schema("events/envelope.v1.schema.json"), event, "envelope");
        assertValid(schema("events/" + topic + ".schema.json"), event.get("payload"), topic + " payload");
    }

    private static void assertValid(JsonSchema schema, JsonNode node, String what) {
        Set<ValidationMessage> errors = schema.validate(node);
        assertThat(errors).as(what + " breaks its schema").isEmpty();
    }

    /** From the classpath (the producer's own tests), else from the producing module's sources (the gateway's). */
    private static JsonSchema schema(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in != null) {
            try (in) {
                return FACTORY.getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            Path file = modules.map(m -> m.resolve("src/main/resources").resolve(resource)).filter(Files::exists)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no schema " + resource));
            try (InputStream fromFile = Files.newInputStream(file)) {
                return FACTORY.getSchema(fromFile, CONFIG);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
