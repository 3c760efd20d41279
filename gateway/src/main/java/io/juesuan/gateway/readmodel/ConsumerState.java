package io.juesuan.gateway.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * How the read model's consumer is doing, as its own thread reports it: a heartbeat at every turn of its loop (a
 * poll returns within half a second even while the broker is away), its lag after each poll, and whether it is down
 * (crashed and waiting to start again, or stopped). Read by readiness and by the gauges, never by the consumer.
 */
@ApplicationScoped
public class ConsumerState {

    private volatile long beatNanos = System.nanoTime();
    /** Why it is down; null while it runs. */
    private volatile String downBecause = "not started";
    private volatile long lag;
    private volatile long restarts;

    void beat() {
        beatNanos = System.nanoTime();
        downBecause = null;
    }

    void polled(long recordsBehind) {
        lag = recordsBehind;
        beat();
    }

    void down(String because) {
        downBecause = because;
    }

    void restarting(String because) {
        restarts++;
        down(because);
    }

    public boolean isDown() {
        return downBecause != null;
    }

    /** Why it is down; null while it runs. */
    public String downBecause() {
        return downBecause;
    }

    public Duration sinceLastBeat() {
        return Duration.ofNanos(System.nanoTime() - beatNanos);
    }

    /** Records on the assigned partitions not yet applied, as of the last poll. */
    public long lag() {
        return lag;
    }

    /** Times the consumer crashed and was started again since the gateway started. */
    public long restarts() {
        return restarts;
    }
}
