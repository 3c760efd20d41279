package io.juesuan.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aMinutesRateMayComeAtOnceThenOneMorePerIntervalAndKeysAreApart() {
        RateLimiter limiter = new RateLimiter(60);
        long now = 5 * SECOND;
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("a", now)).as("request " + i).isZero();
        }
        long wait = limiter.acquire("a", now);
        assertThat(wait).isEqualTo(SECOND);
        assertThat(limiter.acquire("b", now)).isZero();
        assertThat(limiter.acquire("a", now + wait)).isZero();
        assertThat(limiter.acquire("a", now + wait)).isPositive();
        // a refused request takes nothing: after a minute of rest the whole allowance is back
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("a", now + 62 * SECOND)).as("after rest " + i).isZero();
        }
    }

    @Test
    void aRateOfZeroIsNoLimit() {
        RateLimiter limiter = new RateLimiter(0);
        for (int i = 0; i < 10_000; i++) {
            assertThat(limiter.acquire("a", 0)).isZero();
        }
    }
}
