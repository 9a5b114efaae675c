package dev.handoff.runtime.limit;

import java.time.Duration;
import java.time.Instant;

/**
 * A steady rate with some burst, for what one socket may send. Thread-safe; time comes from the caller, so
 * tests drive it with their own clock.
 */
public final class TokenBucket {
    private final double perSecond;
    private final int burst;
    private double tokens;
    private Instant refilledAt;

    public TokenBucket(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a bucket needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
    }

    /** Takes one token; false when the sender goes faster than allowed (nothing is taken then). */
    public synchronized boolean tryTake(Instant now) {
        if (refilledAt != null) {
            double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(burst, tokens + Math.max(0, seconds) * perSecond);
        }
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens--;
        return true;
    }
}
