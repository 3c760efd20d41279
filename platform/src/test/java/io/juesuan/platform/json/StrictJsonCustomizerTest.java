package io.juesuan.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonCustomizerTest {

    record Amount(BigDecimal value) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }

    @Test
    void decimalsStayExactAndPlain() throws Exception {
        Amount amount = json.readValue("{\"value\": 842.10}", Amount.class);
        assertThat(amount.value()).isEqualTo(new BigDecimal("842.10"));
        assertThat(json.writeValueAsString(new Amount(new BigDecimal("1E+2")))).isEqualTo("{\"value\":100}");
    }

    @Test
    void jsonTreesKeepTrailingZeros() throws Exception {
        assertThat(json.readTree("{\"value\": 101.00}").toString()).isEqualTo("{\"value\":101.00}");
        assertThat(json.valueToTree(new Amount(new BigDecimal("100.00"))).toString()).isEqualTo("{\"value\":100.00}");
    }

    @Test
    void numberSentAsTextIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"value\": \"132.48\"}", Amount.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void unknownFieldIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"valeu\": 1}", Amount.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }
}
