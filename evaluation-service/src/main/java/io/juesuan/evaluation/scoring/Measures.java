package io.juesuan.evaluation.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures an indicator is scored on, by name: {@code actual} (实际完成值) for most rules, and whatever else a
 * rule names, such as the fund figures a ratio is taken of.
 */
public record Measures(@JsonValue Map<String, BigDecimal> values) {

    public static final String ACTUAL = "actual";

    /** Read from a plain JSON object of name → figure. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Measures of(Map<String, BigDecimal> values) {
        return new Measures(values == null ? Map.of() : Map.copyOf(values));
    }

    public Optional<BigDecimal> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** These measures with one more. */
    Measures with(String name, BigDecimal value) {
        Map<String, BigDecimal> more = new HashMap<>(values);
        more.put(name, value);
        return new Measures(more);
    }
}
