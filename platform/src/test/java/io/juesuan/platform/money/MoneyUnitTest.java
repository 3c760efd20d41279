package io.juesuan.platform.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyUnitTest {

    @ParameterizedTest
    @CsvSource({
            "12345, 1.23",            // 1.2345 万元
            "12350, 1.24",            // half-up (四舍五入)
            "-12350, -1.24",          // half-up is away from zero
            "0.01, 0.00",
            "49.99, 0.00",
            "50, 0.01",
            "99999.99, 10.00",
            "8421400.00, 842.14",
            "123456789012345678.90, 12345678901234.57",
            "0, 0.00"})
    void yuanAreShownInWanYuanToTwoDecimalsHalfUp(String yuan, String shown) {
        BigDecimal display = MoneyUnit.toDisplay(new BigDecimal(yuan));
        assertThat(display).isEqualTo(new BigDecimal(shown));
        assertThat(display.scale()).isEqualTo(MoneyUnit.DISPLAY_SCALE);
    }

    @Test
    void theDisplayIsTheExactQuotientRounded() {
        BigDecimal tenThousand = BigDecimal.valueOf(10_000);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal yuan = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(-10_000_000_000L,
                    10_000_000_000L), 2);
            assertThat(MoneyUnit.toDisplay(yuan))
                    .isEqualTo(yuan.divide(tenThousand).setScale(MoneyUnit.DISPLAY_SCALE, RoundingMode.HALF_UP));
        }
    }
}
