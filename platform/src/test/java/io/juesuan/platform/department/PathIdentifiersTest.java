package io.juesuan.platform.department;

import io.juesuan.platform.paths.SerialNumber;
import io.juesuan.platform.paths.TableNumber;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each identifier of a path has one spelling; every other one is refused. */
class PathIdentifiersTest {

    @Test
    void theCanonicalSpellingsParse() {
        assertThat(DepartmentCode.parse("350502001").division()).isEqualTo("350502");
        assertThat(FiscalYear.parse("2020").value()).isEqualTo(2020);
        assertThat(FiscalYear.parse("2100").value()).isEqualTo(2100);
        assertThat(TableNumber.parse("09").value()).isEqualTo("09");
        assertThat(SerialNumber.parse("123456789012345678").value()).isEqualTo(123456789012345678L);
    }

    @Test
    void everyOtherSpellingIsRefused() {
        refused(FiscalYear::parse, "02020", "+2020", "2020 ", " 2020", "２０２０", "٢٠٢٠", "1999", "2101", "20.2", "",
                null, "2e3", "0x7E4");
        refused(DepartmentCode::parse, "35050200", "0350502001", "+35050200", "３５０５０２００１", "35050200l",
                "350502001\n", "", null);
        refused(TableNumber::parse, "1", "10", "00", "001", "０1", "+1", null);
        refused(SerialNumber::parse, "0", "01", "+1", "-1", "1e3", "１", "1234567890123456789", "", null);
    }

    private static void refused(Function<String, ?> parser, String... spellings) {
        for (String spelling : spellings) {
            assertThatThrownBy(() -> parser.apply(spelling)).as(String.valueOf(spelling))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
