package dev.handoff.bench.fault;

import dev.handoff.bench.chat.Tag.Direction;
import java.util.Collection;
import java.util.List;

/**
 * One fault as the chats lived it, per direction: the longest silence around it (no message shown by any socket), when
 * that silence ended compared with the component being healthy again, and how long until messages were shown as fast
 * as before (no message sent after the kill took longer than {@link #NORMAL_LATENCY_MS}).
 */
record FaultOutcome(
        String component,
        long downAt,
        long readyAt,
        long restartMillis,
        Direction direction,
        long stallMillis,
        long resumedAfterReadyMillis,
        long recoveryMillis,
        long worstLatencyMillis) {

    static final long NORMAL_LATENCY_MS = 1000;
    static final long STALL_LIMIT_MS = 10_000;
    static final long RESUME_LIMIT_MS = 5_000;

    /** Reads the fault's window {@code [downAt, windowEnd]} out of the ledger's messages. */
    static FaultOutcome of(
            String component,
            long downAt,
            long readyAt,
            long windowEnd,
            Direction direction,
            Collection<Ledger.Message> messages) {
        List<Long> shown = messages.stream()
                .filter(m -> m.tag.direction() == direction && m.firstShownAt >= 0)
                .map(m -> m.firstShownAt)
                .sorted()
                .toList();
        long stall = 0;
        long previous =
                shown.stream().filter(at -> at <= downAt).reduce((a, b) -> b).orElse(downAt);
        for (long at : shown) {
            if (at <= downAt) {
                continue;
            }
            if (previous > windowEnd) {
                break;
            }
            stall = Math.max(stall, at - previous);
            previous = at;
        }
        if (previous <= windowEnd) {
            stall = Math.max(stall, windowEnd - previous); // nothing shown from the last delivery to the window's end
        }
        List<Ledger.Message> during = messages.stream()
                .filter(m -> m.tag.direction() == direction
                        && m.sentAt >= downAt - NORMAL_LATENCY_MS
                        && m.sentAt <= windowEnd)
                .toList();
        long recovered = during.stream()
                .filter(m -> m.latency() > NORMAL_LATENCY_MS || m.latency() < 0)
                .mapToLong(m -> m.firstShownAt < 0 ? windowEnd : m.firstShownAt)
                .max()
                .orElse(downAt);
        long worst = during.stream()
                .mapToLong(m -> m.latency() < 0 ? windowEnd - m.sentAt : m.latency())
                .max()
                .orElse(0);
        // Delivery "resumed" with the first message shown once the component was ready again (0 when messages of
        // this direction never stopped, say for a component they do not pass through).
        long firstAfterReady =
                shown.stream().filter(at -> at >= readyAt).findFirst().orElse(windowEnd);
        boolean silentAtReady = shown.stream().noneMatch(at -> at > readyAt - 1000 && at < readyAt);
        return new FaultOutcome(
                component,
                downAt,
                readyAt,
                readyAt - downAt,
                direction,
                stall,
                silentAtReady ? firstAfterReady - readyAt : 0,
                Math.max(0, recovered - downAt),
                worst);
    }

    /** Within the limits: a stall of at most 10 s, and delivery back within 5 s of the component being ready. */
    boolean passes() {
        return stallMillis <= STALL_LIMIT_MS && resumedAfterReadyMillis <= RESUME_LIMIT_MS;
    }
}
