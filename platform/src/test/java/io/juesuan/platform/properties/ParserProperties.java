package io.juesuan.platform.properties;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.platform.department.DepartmentCode;
import io.juesuan.platform.department.FiscalYear;
import io.juesuan.platform.json.StrictJsonCustomizer;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.platform.paths.SerialNumber;
import io.juesuan.platform.paths.TableNumber;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.security.Caller;
import io.juesuan.platform.security.TokenClaims;
import io.juesuan.platform.testing.Tokens;
import io.juesuan.platform.text.PlainText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each parser at the platform's doors, fed what an attacker would send: it either refuses with its own exception
 * (which the services turn into a 4xx problem) or returns a value that is exactly what the rule allows. No other
 * exception, ever: that would be a 500.
 */
class ParserProperties {

    private static final ObjectMapper JSON = strictMapper();

    record Text(String text) {
    }

    record Amount(BigDecimal amount) {
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789０１２٢+-. e\u0000\n").ofMaxLength(12),
                Arbitraries.of("2020", "02020", "+2020", "２０２０", "٢٠٢٠", "350502001", "0", "01", "09", "10",
                        "999999999999999999", "1000000000000000000", "\ud800", "a\u0000b", "\u202e"));
    }

    @Property(tries = 2000)
    void pathIdentifiersRoundTripOrRefuse(@ForAll("hostileText") String text) {
        for (Function<String, Object> parser : List.<Function<String, Object>>of(FiscalYear::parse,
                DepartmentCode::parse, TableNumber::parse, SerialNumber::parse)) {
            try {
                // the one spelling a value has is the text it was read from
                assertThat(parser.apply(text).toString()).isEqualTo(text);
            } catch (IllegalArgumentException refused) {
                // refused: a 404 at a path, a 400 in a query
            }
        }
    }

    @Property(tries = 2000)
    void aTextFieldKeepsPlainTextExactlyAndRefusesTheRestNamingTheField(@ForAll("hostileText") String text)
            throws Exception {
        String body = JsonNodeFactory.instance.objectNode().put("text", text).toString();
        try {
            assertThat(JSON.readValue(body, Text.class).text()).isEqualTo(text);
            assertThat(PlainText.problemWith(text)).isNull();
        } catch (JacksonException refused) {
            assertThat(PlainText.problemWith(text)).isNotNull();
        }
    }

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30);
        return Arbitraries.oneOf(
                digits,
                digits.map(d -> "-" + d + ".0"),
                Arbitraries.integers().between(-500_000_000, 500_000_000).map(e -> "1e" + e),
                Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(25))
                        .flatMap(u -> Arbitraries.integers().between(-30, 30).map(s -> new BigDecimal(u, s).toString())),
                Arbitraries.of("NaN", "Infinity", "-0", "0.0000001", "1.", ".5", "01", "0x10", "1e", "--1"));
    }

    @Property(tries = 2000)
    void anAmountIsAFigureOfBoundedSizeOrRefused(@ForAll("numbers") String number) {
        BigDecimal amount;
        try {
            amount = JSON.readValue("{\"amount\": " + number + "}", Amount.class).amount();
        } catch (Exception refused) {
            assertThat(refused).isInstanceOf(JacksonException.class);
            return;
        }
        for (MoneyUnit unit : MoneyUnit.values()) {
            try {
                BigDecimal yuan = unit.yuanOf(amount, "amount");
                assertThat(yuan.scale()).isEqualTo(2);
                assertThat(yuan.abs().precision() - yuan.scale()).isLessThanOrEqualTo(MoneyUnit.MAX_YUAN_DIGITS);
            } catch (ProblemException refused) {
                assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("amount");
            }
        }
    }

    @Provide
    Arbitrary<Object> claimValues() {
        return Arbitraries.oneOf(Arbitraries.of("admin", "reviewer", "discloser", "", "350502001", "3505", "root"),
                Arbitraries.strings().all().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.of(List.of("admin"), List.of(), List.of(7),
                        List.of("reviewer", "admin"), true));
    }

    @Property(tries = 2000)
    void aTokensClaimsAreTheirShapeOrTheTokenIsRefused(@ForAll("claimValues") Object groups,
                                                        @ForAll("claimValues") Object dept,
                                                        @ForAll("claimValues") Object division) {
        ObjectNode claims = Tokens.claims("admin", null, null);
        claims.set("groups", JSON.valueToTree(groups));
        claims.set("dept", JSON.valueToTree(dept));
        claims.set("division", JSON.valueToTree(division));
        try {
            Caller caller = TokenClaims.check(Tokens.sign(claims), Instant.now());
            assertThat(caller.roles()).isNotEmpty().allMatch(Caller.ROLES::contains);
            assertThat(caller.department()).matches("[0-9]{9}");
            assertThat(caller.division()).matches("[0-9]{2,9}");
        } catch (TokenClaims.Refused refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
