package io.juesuan.platform.outbox;

import org.apache.kafka.common.errors.RetriableException;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeoutException;

/**
 * What a failed send means for its row: when to try it again (exponential back-off, capped) and whether to give up
 * on it. Only an error the broker or client will give again (not a {@link RetriableException}) counts towards
 * parking, so an outage of the broker, however long, delays rows and parks none.
 */
record RetrySchedule(Duration firstBackoff, Duration maxBackoff, int parkAfterAttempts) {

    static RetrySchedule of(OutboxSettings settings) {
        return new RetrySchedule(settings.retryBackoff(), settings.retryBackoffMax(), settings.parkAfterAttempts());
    }

    /** Records a failed send on the row: its error, its next attempt, and whether it is now parked. */
    void failed(OutboxEvent row, Throwable error, OffsetDateTime now) {
        row.attempts++;
        row.lastError = String.valueOf(error);
        row.nextAttemptAt = now.plus(backoff(row.attempts));
        if (!retriable(error) && row.attempts >= parkAfterAttempts) {
            row.parkedAt = now;
        }
    }

    /** The wait after the given number of failed sends: first, twice that, four times... up to the maximum. */
    Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = firstBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    static boolean retriable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // an acknowledgement not awaited in time is the broker being slow, not the row being bad
            if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
