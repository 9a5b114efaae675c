package dev.handoff.bench.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * What one flow sent and what arrived, message by message ({@code chat} and {@code number} as in a tag): the latency
 * of each first arrival from its intended send time, and the messages lost, duplicated, reordered (arrived after a
 * later message of the same chat) or refused (the sender was told it was not stored).
 */
public final class FlowLedger {
    private final String flow;
    private final boolean ordered;
    private final Map<Long, Long> intended = new HashMap<>();
    private final Set<Long> refused = new HashSet<>();
    private final Set<Long> arrived = new HashSet<>();
    private final Map<Integer, Integer> highestPerChat = new HashMap<>();
    private final Histogram micros = new Histogram(3); // resizes itself: no latency is too long to record
    private int duplicated;
    private int reordered;
    private int unexpected;

    /** @param ordered whether a chat's messages must arrive in the order they were sent (false: concurrent senders) */
    public FlowLedger(String flow, boolean ordered) {
        this.flow = flow;
        this.ordered = ordered;
    }

    public String flow() {
        return flow;
    }

    /** Message {@code number} of {@code chat} was due at {@code intendedNanos}; call before it can arrive. */
    public synchronized void sent(int chat, int number, long intendedNanos) {
        intended.put(key(chat, number), intendedNanos);
    }

    /** The sender was told the message was not stored: it cannot arrive, and is not counted as lost. */
    public synchronized void refused(int chat, int number) {
        refused.add(key(chat, number));
    }

    /** The message arrived at {@code atNanos} ({@link System#nanoTime()}). */
    public synchronized void received(int chat, int number, long atNanos) {
        long key = key(chat, number);
        Long due = intended.get(key);
        if (due == null) {
            unexpected++; // never sent by this flow: a stray from another flow or a bug, shown in the report
            return;
        }
        if (!arrived.add(key)) {
            duplicated++;
            return;
        }
        refused.remove(key); // a send without an answer that was stored after all: it arrived, so it counts as such
        micros.recordValue(Math.max(0, (atNanos - due) / 1000));
        int highest = highestPerChat.getOrDefault(chat, 0);
        if (ordered && number < highest) {
            reordered++;
        }
        highestPerChat.put(chat, Math.max(highest, number));
        notifyAll();
    }

    /** {@code count} breaks of order seen outside the arrivals (observers that disagree): counted as reordered. */
    public synchronized void misordered(int count) {
        reordered += count;
    }

    /** Waits until every message that was not refused has arrived, at most {@code patience}; true if all did. */
    public synchronized boolean awaitAll(Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (arrived.size() + refused.size() < intended.size()) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** The counts and the latency histogram (microseconds) so far. */
    public synchronized FlowVerdict verdict() {
        int lost = intended.size() - arrived.size() - refused.size();
        return new FlowVerdict(
                flow,
                intended.size(),
                arrived.size(),
                lost,
                duplicated,
                ordered ? reordered : -1,
                refused.size(),
                unexpected,
                micros.copy());
    }

    private static long key(int chat, int number) {
        return ((long) chat << 32) | (number & 0xffffffffL);
    }
}
