package dev.handoff.analytics.domain.model;

/**
 * How a duration (in seconds) or a count is spread: exact count and mean, percentiles within 1 % ({@link Histogram}).
 * Everything but {@code count} is null when there is nothing to measure.
 */
public record Distribution(long count, Double mean, Double p50, Double p90, Double p99) {
    public static final Distribution EMPTY = new Distribution(0, null, null, null, null);

    /** Milliseconds in the histogram, reported in seconds. */
    public static Distribution secondsOf(Histogram millis) {
        return of(millis, 1000.0);
    }

    /** Plain values (message counts). */
    public static Distribution of(Histogram values) {
        return of(values, 1.0);
    }

    private static Distribution of(Histogram histogram, double divisor) {
        if (histogram.count() == 0) {
            return EMPTY;
        }
        return new Distribution(
                histogram.count(),
                round(histogram.mean() / divisor),
                round(histogram.percentile(0.5) / divisor),
                round(histogram.percentile(0.9) / divisor),
                round(histogram.percentile(0.99) / divisor));
    }

    /** Milliseconds are the finest unit anything is measured in. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
