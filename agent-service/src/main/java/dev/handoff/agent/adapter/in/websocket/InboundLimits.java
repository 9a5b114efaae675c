package dev.handoff.agent.adapter.in.websocket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What one socket may send: a steady rate of frames with some burst (a token bucket), and a bounded
 * number of bad frames per minute, beyond which the socket is closed. Not thread-safe: one per socket,
 * used under its session's lock.
 */
final class InboundLimits {
    static final int FRAMES_PER_SECOND = 20;
    static final int BURST = 40;
    static final int BAD_FRAMES_PER_MINUTE = 10;
    private static final Duration BAD_FRAME_WINDOW = Duration.ofMinutes(1);

    private double tokens = BURST;
    private Instant refilledAt;
    private final Deque<Instant> badFrames = new ArrayDeque<>();

    /** Takes one frame's token; false when the socket sends faster than allowed. */
    boolean admit(Instant now) {
        if (refilledAt != null) {
            double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(BURST, tokens + Math.max(0, seconds) * FRAMES_PER_SECOND);
        }
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens--;
        return true;
    }

    /** Counts a bad frame; true once the socket has sent too many of them within a minute. */
    boolean tooManyBadFrames(Instant now) {
        badFrames.addLast(now);
        while (!badFrames.isEmpty() && badFrames.peekFirst().isBefore(now.minus(BAD_FRAME_WINDOW))) {
            badFrames.removeFirst();
        }
        return badFrames.size() >= BAD_FRAMES_PER_MINUTE;
    }
}
