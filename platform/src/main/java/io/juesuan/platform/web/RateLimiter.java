package io.juesuan.platform.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A rate per minute for each of many keys, with a burst as large as the rate, as the generic cell rate algorithm
 * keeps it: one number per key, the time at which its allowance would be whole again. Keys whose allowance is whole
 * are forgotten now and then, so the map holds only the callers of the last minute.
 */
final class RateLimiter {

    private static final long MINUTE = 60_000_000_000L;
    private static final int SWEEP_EVERY = 10_000;

    private final long interval;
    private final long burst;
    private final ConcurrentHashMap<String, Long> theoreticalArrival = new ConcurrentHashMap<>();
    private final AtomicLong decisions = new AtomicLong();

    /** {@code perMinute} of 0 or less: no limit. */
    RateLimiter(int perMinute) {
        this.interval = perMinute > 0 ? MINUTE / perMinute : 0;
        this.burst = perMinute > 0 ? MINUTE - interval : 0;
    }

    /** Takes one request for {@code key} at {@code now} (nanoseconds); 0 when allowed, else the nanoseconds to wait. */
    long acquire(String key, long now) {
        long wait = waitFor(key, now);
        if (wait == 0) {
            take(key, now);
        }
        return wait;
    }

    /** How long a request for {@code key} at {@code now} would wait; nothing is taken. */
    long waitFor(String key, long now) {
        if (interval == 0) {
            return 0;
        }
        Long arrival = theoreticalArrival.get(key);
        long start = arrival == null || arrival - now < 0 ? now : arrival;
        return Math.max(0, start - now - burst);
    }

    /**
     * Counts a request for {@code key} at {@code now}, allowed after {@link #waitFor}: two requests racing past
     * the check may both be counted, which lets one caller exceed its rate by a request, never by more.
     */
    void take(String key, long now) {
        if (interval == 0) {
            return;
        }
        if (decisions.incrementAndGet() % SWEEP_EVERY == 0) {
            theoreticalArrival.values().removeIf(arrival -> arrival - now < 0);
        }
        theoreticalArrival.merge(key, now + interval, (arrival, next) -> (arrival - now < 0 ? now : arrival) + interval);
    }
}
