package io.juesuan.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTest {

    @Test
    void formulasAreShownAsTextNotEvaluated() {
        assertThat(CsvCell.of("=HYPERLINK(\"http://x\",\"点击\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\"");
        assertThat(CsvCell.of("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvCell.of("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCell.of("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCell.of("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCell.of("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void ordinaryTextNumbersAndTheDashStayAsTheyAre() {
        assertThat(CsvCell.of("行政运行")).isEqualTo("行政运行");
        assertThat(CsvCell.of("-")).isEqualTo("-");
        assertThat(CsvCell.of("-12.50")).isEqualTo("-12.50");
        assertThat(CsvCell.of("+3")).isEqualTo("+3");
        assertThat(CsvCell.of("")).isEqualTo("");
        assertThat(CsvCell.of("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCell.of("说\"明\"")).isEqualTo("\"说\"\"明\"\"\"");
    }
}
