package io.juesuan.platform.findings;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class RoundingToleranceTest {

    @Test
    void seedProcurementPartsOffByOneFenOfWanYuanIsARoundingTail() {
        // 4.02 + 3.95 + 42.29 = 50.26 万元 against a declared 50.25 万元: 100 yuan apart, tolerance 200 yuan
        assertThat(RoundingTolerance.classify(new BigDecimal("502500"), new BigDecimal("502600"), 3))
                .contains(Finding.Severity.WARNING);
    }

    @Test
    void gapBeyondTheToleranceIsAnError() {
        assertThat(RoundingTolerance.toleranceYuan(3)).isEqualByComparingTo("200");
        assertThat(RoundingTolerance.classify(new BigDecimal("502500"), new BigDecimal("502701"), 3))
                .contains(Finding.Severity.ERROR);
        assertThat(RoundingTolerance.classify(new BigDecimal("502500"), new BigDecimal("502700"), 3))
                .contains(Finding.Severity.WARNING);
    }

    @Test
    void agreeingFiguresRaiseNothing() {
        assertThat(RoundingTolerance.classify(new BigDecimal("842.14"), new BigDecimal("842.140"), 8)).isEmpty();
    }
}
