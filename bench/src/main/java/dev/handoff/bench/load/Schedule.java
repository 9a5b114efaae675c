package dev.handoff.bench.load;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A constant arrival rate: send {@code k} (from 0) is due at {@code start + k / rate}, whatever happened to the sends
 * before it. Latency is measured from that intended time, so a sender held up by a slow answer counts the wait
 * (no coordinated omission).
 */
public final class Schedule {
    private final long startNanos;
    private final double periodNanos;
    private final int count;

    /** {@code ratePerSecond} sends for {@code duration}, the first at {@code startNanos} (a nanoTime). */
    public Schedule(long startNanos, double ratePerSecond, Duration duration) {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
        this.startNanos = startNanos;
        this.periodNanos = 1e9 / ratePerSecond;
        this.count = (int) Math.max(1, Math.round(ratePerSecond * duration.toNanos() / 1e9));
    }

    /** How many sends the schedule has. */
    public int count() {
        return count;
    }

    /** When send {@code k} is due. */
    public long intendedAt(int k) {
        return startNanos + Math.round(k * periodNanos);
    }

    /** Waits until send {@code k} is due (at once if it is overdue) and returns its intended time. */
    public long awaitTurn(int k) {
        long due = intendedAt(k);
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        return due;
    }
}
