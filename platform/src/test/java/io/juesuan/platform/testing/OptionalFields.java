package io.juesuan.platform.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.platform.json.OptionalFigures;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.hamcrest.Matchers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws variants of a seed document for the absent-is-not-zero properties: a random subset of its optional fields
 * removed, and some of the figures left set to zero. Fields are JSON pointers; a case is reproducible from the
 * random seed the test prints.
 */
public final class OptionalFields {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /**
     * One variant.
     *
     * @param document the document to send
     * @param dropped  the pointers removed from it
     * @param zeroed   the pointers of figures set to 0
     */
    public record Case(ObjectNode document, Set<String> dropped, Set<String> zeroed) {

        public String body() {
            return document.toString();
        }

        public boolean keeps(String pointer) {
            return dropped.stream().noneMatch(removed -> pointer.equals(removed) || pointer.startsWith(removed + "/"));
        }
    }

    private OptionalFields() {
    }

    public static ObjectNode parse(String document) {
        try {
            return (ObjectNode) JSON.readTree(document);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * A variant of {@code seed}: each optional pointer present in it is removed with probability one half; each
     * figure of {@code figures} still there is set to zero with probability one in five.
     */
    public static Case draw(ObjectNode seed, List<String> optional, List<String> figures, Random random) {
        ObjectNode document = seed.deepCopy();
        Set<String> dropped = new LinkedHashSet<>();
        for (String pointer : optional) {
            if (!document.at(pointer).isMissingNode() && random.nextBoolean()) {
                remove(document, pointer);
                dropped.add(pointer);
            }
        }
        Set<String> zeroed = new LinkedHashSet<>();
        for (String pointer : figures) {
            if (document.at(pointer).isNumber() && random.nextInt(5) == 0) {
                set(document, pointer, JSON.getNodeFactory().numberNode(BigDecimal.ZERO));
                zeroed.add(pointer);
            }
        }
        return new Case(document, dropped, zeroed);
    }

    /** PUTs a case as the 2020 document of a new department and reads the answer. */
    public static JsonNode putToNewDepartment(String url, Case drawn) {
        return parse(RestAssured.given().contentType(ContentType.JSON).body(drawn.body())
                .put(url, DemoData.randomDepartmentCode(), 2020).then().extract().asString());
    }

    /** The service's OpenAPI document describes {@code schema.property} as an optional figure. */
    public static void assertDocumentedAsOptional(String schema, String property) {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas." + schema + ".properties." + property + ".description",
                        Matchers.endsWith(OptionalFigures.ABSENT));
    }

    /** Every number a text states, as written (12, 0.53, 64.67). */
    public static List<BigDecimal> numbersIn(String text) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(new BigDecimal(matcher.group()));
        }
        return numbers;
    }

    /** Every string in a JSON value, however deep (the paragraphs of every section, say). */
    public static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        } else if (node.isContainerNode()) {
            node.forEach(child -> texts.addAll(texts(child)));
        }
        return texts;
    }

    /** Removes a field of an object; array elements stay, for removing one would move the pointers after it. */
    private static void remove(ObjectNode document, String pointer) {
        int cut = pointer.lastIndexOf('/');
        if (document.at(pointer.substring(0, cut)) instanceof ObjectNode object) {
            object.remove(pointer.substring(cut + 1));
        } else {
            throw new IllegalArgumentException("not a field of an object: " + pointer);
        }
    }

    private static void set(ObjectNode document, String pointer, JsonNode value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = document.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
    }
}
