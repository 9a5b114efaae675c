package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.AgentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How long one agent was signed in within a window, and of that how long with at least one chat: occupancy is the
 * second over the first. Spans and holds still open count up to {@code now}.
 */
public record AgentTime(AgentId agentId, long onlineMillis, long occupiedMillis) {

    /**
     * @param spans the agent's sign-in spans overlapping the window
     * @param holds the agent's chat holds overlapping the window
     */
    public static AgentTime within(
            AgentId agent, long windowStart, long windowEnd, long now, List<AgentSpan> spans, List<ChatHold> holds) {
        long end = Math.min(windowEnd, now);
        List<long[]> online = union(spans.stream()
                .map(s -> clip(s.from(), s.to(), windowStart, end, now))
                .toList());
        List<long[]> busy = union(holds.stream()
                .map(h -> clip(h.from(), h.to(), windowStart, end, now))
                .toList());
        return new AgentTime(agent, length(online), length(intersection(online, busy)));
    }

    private static long[] clip(Instant from, Instant to, long windowStart, long windowEnd, long now) {
        long start = Math.max(from.toEpochMilli(), windowStart);
        long stop = Math.min(to == null ? now : to.toEpochMilli(), windowEnd);
        return new long[] {start, Math.max(start, stop)};
    }

    /** Sorted, non-overlapping intervals covering the same time. */
    private static List<long[]> union(List<long[]> intervals) {
        List<long[]> sorted =
                new ArrayList<>(intervals.stream().filter(i -> i[1] > i[0]).toList());
        sorted.sort(Comparator.comparingLong(i -> i[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(new long[] {interval[0], interval[1]});
            }
        }
        return merged;
    }

    private static List<long[]> intersection(List<long[]> a, List<long[]> b) {
        List<long[]> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            long start = Math.max(a.get(i)[0], b.get(j)[0]);
            long stop = Math.min(a.get(i)[1], b.get(j)[1]);
            if (stop > start) {
                result.add(new long[] {start, stop});
            }
            if (a.get(i)[1] < b.get(j)[1]) {
                i++;
            } else {
                j++;
            }
        }
        return result;
    }

    private static long length(List<long[]> intervals) {
        return intervals.stream().mapToLong(i -> i[1] - i[0]).sum();
    }
}
