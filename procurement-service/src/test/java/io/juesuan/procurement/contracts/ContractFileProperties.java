package io.juesuan.procurement.contracts;

import io.juesuan.platform.text.CsvLines;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.text.PlainText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contracts file of any content is read into contracts or into a list of its bad lines, never both and never an
 * exception; its bytes are UTF-8 or refused naming a line; a credit code is valid with its one check character only.
 */
class ContractFileProperties {

    private static final String HEADER = String.join(",", ContractCsv.COLUMNS) + "\n";
    private static final String LINE = "LC-1,办公用品采购,货物,询价,\"12,500.00\",2021-02-01,2021-02-03,否,泉州某文具有限公司,"
            + "91350502MA2Y0B1C1L,微型\n";

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.of("", "\"", "\"\"", ",", "\n", "\r\n", "=1+1", "1e400", "-0.01", "12.345", "\u0000",
                        "货物", "GOODS", "是", "2021-02-30", "91350502MA2Y0B1C1L", "91350502MA2Y0B1C1X"));
        Arbitrary<String> line = cell.list().ofMaxSize(13).map(cells -> String.join(",", cells) + "\n");
        return Arbitraries.oneOf(line.list().ofMaxSize(6).map(lines -> HEADER + String.join("", lines)),
                line.list().ofMaxSize(4).map(lines -> String.join("", lines)),
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of(HEADER + LINE, HEADER, LINE, "\uFEFF" + HEADER + LINE));
    }

    @Property(tries = 3000)
    void aFileIsContractsOrItsBadLinesNeverBoth(@ForAll("files") String file) {
        ContractCsv.Result read = ContractCsv.read(file);
        assertThat(read.contracts().isEmpty() || read.errors().isEmpty()).isTrue();
        assertThat(read.errors()).allSatisfy(error -> assertThat(error.field()).startsWith("line["));
        read.contracts().forEach(contract -> {
            assertThat(PlainText.problemWith(contract.title())).isNull();
            assertThat(contract.amount().signum()).isNotNegative();
            assertThat(contract.amount().scale()).isLessThanOrEqualTo(2);
            assertThat(CreditCode.isValid(contract.supplier().creditCode())).isTrue();
        });
    }

    @Property(tries = 2000)
    void bytesAreUtf8OrRefusedNamingALine(@ForAll byte[] bytes) {
        try {
            String text = CsvLines.utf8(bytes);
            assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        } catch (ProblemException refused) {
            assertThat(refused.errors().get(0).field()).matches("line\\[[0-9]+]");
        }
    }

    @Provide
    Arbitrary<String> first17() {
        return Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofLength(17);
    }

    @Property(tries = 2000)
    void aCreditCodeIsValidWithItsOneCheckCharacterOnly(@ForAll("first17") String first17) {
        char check = CreditCode.checkCharacter(first17);
        assertThat(CreditCode.isValid(first17 + check)).isTrue();
        for (char other : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (other != check) {
                assertThat(CreditCode.isValid(first17 + other)).isFalse();
            }
        }
    }
}
