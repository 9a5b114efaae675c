package dev.handoff.bench.load;

import org.HdrHistogram.Histogram;

/**
 * One flow's counts and latencies.
 *
 * @param reordered -1 where order is not judged (concurrent senders, such as parallel bot POSTs, define none)
 * @param refused   sends the stack answered "not stored" (or did not answer): not lost, but a smoke fails on them too
 * @param unexpected arrivals of messages this flow never sent
 * @param micros    latency from the intended send time to the first arrival, in microseconds
 */
public record FlowVerdict(
        String flow,
        int sent,
        int arrived,
        int lost,
        int duplicated,
        int reordered,
        int refused,
        int unexpected,
        Histogram micros) {

    /** Nothing lost, duplicated, reordered, refused or unexpected, and something was sent. */
    public boolean clean() {
        return sent > 0 && lost == 0 && duplicated == 0 && reordered <= 0 && refused == 0 && unexpected == 0;
    }

    /** The counts, for a failure message. */
    public String counts() {
        return flow + ": sent " + sent + ", arrived " + arrived + ", lost " + lost + ", duplicated " + duplicated
                + ", reordered " + reordered + ", refused " + refused + ", unexpected " + unexpected;
    }

    /** The latency at {@code percentile} in milliseconds. */
    public double millisAt(double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return micros.getMaxValue() / 1000.0;
    }
}
