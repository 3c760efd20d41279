package io.juesuan.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile bodies against one write endpoint of a service: bodies that are no document at all (the corpus), and the
 * endpoint's own valid document with one value at a time replaced by something hostile (NUL and other control
 * characters, unpaired surrogates, huge and over-precise numbers, exponents, NaN, wrong types, deep nesting, text far
 * too long, markup and SQL). Every answer must be below 500, every refusal a problem, and after a refusal the working
 * copy must be the revision it was before (read back): nothing half-stored. Prints what it tried.
 */
public final class HostileInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values put in place of a leaf, as raw JSON text; some are valid text and may be accepted. */
    static final List<String> VALUES = List.of(
            "\"\\u0000\"", "\"报告\\u0000说明\"", "\"\\u0007\"", "\"\\u001b[31m\"", "\"\\u007f\"", "\"\\ud800\"",
            "\"\\udc00x\"", "\"" + "长".repeat(30_000) + "\"", "\"<script>alert(1)</script>\"",
            "\"'; DROP TABLE part; --\"", "\"=HYPERLINK(\\\"http://x\\\",\\\"x\\\")\"", "\"\"", "\" \"",
            "1e400", "-1e400", "1e400000000", "1e-400000000", "1234567890123456789012345678901234567890",
            "12345678901234567.89", "0.001", "-0.01", "NaN", "Infinity", "-Infinity", "true", "false", "null",
            "\"123.45\"", "[]", "{}", "[".repeat(10_000) + "]".repeat(10_000), "99999999999999999999",
            "-1", "2147483648", "\"2020\"", "\"万元\\u0000\"");

    /** What was sent and how it was answered. */
    public record Report(int requests, int refused, int accepted, List<String> violations) {
    }

    private HostileInput() {
    }

    /**
     * The corpus and every mutation of {@code document}, PUT or POSTed as {@code method} to {@code path} on
     * {@code port} with {@code token}; {@code revisionPath} reads the working copy's revision back (its ETag).
     */
    public static Report check(int port, String method, String path, String revisionPath, String token,
                               String document, int mutations, long seed) {
        List<String> violations = new ArrayList<>();
        int requests = 0;
        int refused = 0;
        int accepted = 0;
        String revision = revision(port, revisionPath, token);
        List<Map.Entry<String, byte[]>> bodies = new ArrayList<>(corpus().entrySet());
        bodies.addAll(mutated(document, mutations, seed).entrySet());
        for (Map.Entry<String, byte[]> body : bodies) {
            RawHttp.Answer answer = RawHttp.send(port, method, path, token, "application/json", body.getValue());
            requests++;
            String what = body.getKey() + " -> " + answer.status();
            if (answer.status() >= 500) {
                violations.add(what + ": " + abbreviate(answer.body()));
            } else if (answer.status() >= 400) {
                refused++;
                if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
                    violations.add(what + " without a problem body");
                }
                String after = revision(port, revisionPath, token);
                if (!java.util.Objects.equals(after, revision)) {
                    violations.add(what + " yet the working copy changed from " + abbreviate(revision) + " to "
                            + abbreviate(after));
                }
                revision = after;
            } else {
                accepted++;
                revision = revision(port, revisionPath, token);
            }
        }
        System.out.printf("hostile input %s %s: %d requests, %d refused, %d accepted, %d violations%n", method,
                path, requests, refused, accepted, violations.size());
        assertThat(violations).as("hostile bodies that were not refused cleanly").isEmpty();
        return new Report(requests, refused, accepted, violations);
    }

    /** Bodies that are no document: malformed, duplicated keys, trailing content, wrong encodings, nesting. */
    static Map<String, byte[]> corpus() {
        Map<String, byte[]> bodies = new TreeMap<>();
        String[] texts = {
                "", " ", "{", "}", "{\"unit\": ", "{\"unit\": \"元\",}", "[]", "null", "true", "42", "\"text\"",
                "{} {}", "{}garbage", "{\"unit\": \"元\", \"unit\": \"万元\"}", "{'unit': '元'}", "{unit: 1}",
                "{\"unit\": \"元\"}\u0000", "\u0000", "{\"\u0000\": 1}", "{\"a\": NaN}", "{\"a\": Infinity}",
                "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
                "<?xml version=\"1.0\"?><a/>", "unit=元&year=2020", "{\"unit\": \"元\" /* comment */}",
                "\uFEFF{}", "{\"a\": 01}", "{\"a\": .5}", "{\"a\": 1.}", "{\"a\": 0x10}", "{\"a\": +1}"};
        for (int i = 0; i < texts.length; i++) {
            bodies.put(String.format("corpus[%02d] %s", i, abbreviate(texts[i])),
                    texts[i].getBytes(StandardCharsets.UTF_8));
        }
        bodies.put("corpus invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.put("corpus GBK text", "{\"unit\": \"万元\"}".getBytes(java.nio.charset.Charset.forName("GBK")));
        bodies.put("corpus UTF-16", "{\"unit\": \"元\"}".getBytes(StandardCharsets.UTF_16));
        return bodies;
    }

    /** The document with one leaf at a time replaced, leaves and values chosen by a seeded generator. */
    static Map<String, byte[]> mutated(String document, int count, long seed) {
        JsonNode tree = read(document);
        List<String> leaves = new ArrayList<>();
        collectLeaves(tree, "", leaves);
        Random random = new Random(seed);
        Map<String, byte[]> bodies = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String leaf = leaves.get(random.nextInt(leaves.size()));
            String value = VALUES.get(random.nextInt(VALUES.size()));
            String marker = "\"@@hostile-" + i + "@@\"";
            JsonNode copy = tree.deepCopy();
            replace(copy, leaf, marker.substring(1, marker.length() - 1));
            String text = copy.toString().replace(marker, value);
            bodies.put(String.format("mutation[%03d] %s = %s", i, leaf, abbreviate(value)),
                    text.getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private static void collectLeaves(JsonNode node, String pointer, List<String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collectLeaves(field.getValue(),
                    pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLeaves(node.get(i), pointer + "/" + i, leaves);
            }
        } else {
            leaves.add(pointer);
        }
    }

    private static void replace(JsonNode root, String pointer, String marker) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.put(last, marker);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), array.textNode(marker));
        }
    }

    /**
     * What the working copy is: its status, entity tag and whole body, so a refusal that changed anything (a
     * department's register entry has no revision to move) is seen.
     */
    private static String revision(int port, String path, String token) {
        RawHttp.Answer answer = RawHttp.send(port, "GET", path, token, null, null);
        return answer.status() + " " + answer.etag() + " " + answer.body();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n").replace("\u0000", "\\0");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…(" + oneLine.length() + ")";
    }
}
