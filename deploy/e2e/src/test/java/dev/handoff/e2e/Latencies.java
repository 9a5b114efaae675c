package dev.handoff.e2e;

import org.HdrHistogram.Histogram;

/** How the e2e measurements report a histogram of microseconds: count and percentiles in milliseconds. */
final class Latencies {
    private Latencies() {}

    /** A histogram that records microseconds with three significant digits. */
    static Histogram micros() {
        return new Histogram(3);
    }

    static String percentiles(Histogram micros) {
        return String.format(
                "n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms",
                micros.getTotalCount(),
                micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(90) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0);
    }
}
