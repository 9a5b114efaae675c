package dev.handoff.analytics.domain.model;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A mergeable sketch of non-negative whole values (milliseconds, or message counts) with an exact count and sum.
 *
 * <p>Values below {@value #EXACT_BELOW} each have their own bin; above, bins grow by {@value #GROWTH} (2 %), so
 * a percentile read from a bin is within 1 % of the true nearest-rank value. Values above a year share the last
 * bin. Bins add up across rollup rows, which is what lets a year be answered from hourly and daily rows.
 */
public final class Histogram {
    /** Values below this are kept exactly. */
    public static final int EXACT_BELOW = 100;
    /** Each logarithmic bin is this much wider than the one before. */
    public static final double GROWTH = 1.02;

    private static final long LARGEST = 366L * 24 * 3600 * 1000;
    private static final double LOG_GROWTH = Math.log(GROWTH);
    static final int BINS = binOf(LARGEST) + 1;

    private int[] counts = new int[0];
    private long count;
    private long sum;

    /** Adds one value; negative values (clock skew between services) count as 0. */
    public void add(long value) {
        long v = Math.max(0, value);
        int bin = binOf(Math.min(v, LARGEST));
        grow(bin + 1);
        counts[bin]++;
        count++;
        sum += v;
    }

    /** Adds everything {@code other} holds. */
    public void merge(Histogram other) {
        grow(other.counts.length);
        for (int i = 0; i < other.counts.length; i++) {
            counts[i] += other.counts[i];
        }
        count += other.count;
        sum += other.sum;
    }

    /** Takes away what {@code part} holds, which must be part of this histogram (a day less some of its hours). */
    public void subtract(Histogram part) {
        grow(part.counts.length);
        for (int i = 0; i < part.counts.length; i++) {
            counts[i] -= part.counts[i];
        }
        count -= part.count;
        sum -= part.sum;
    }

    public long count() {
        return count;
    }

    public long sum() {
        return sum;
    }

    /** The exact mean, or null when empty. */
    public Double mean() {
        return count == 0 ? null : (double) sum / count;
    }

    /**
     * The nearest-rank percentile: the smallest value at least {@code p} of the values are at or below, within 1 %.
     *
     * @param p between 0 (exclusive) and 1
     * @return null when empty
     */
    public Double percentile(double p) {
        if (count == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = 0;
        for (int bin = 0; bin < counts.length; bin++) {
            seen += counts[bin];
            if (seen >= rank) {
                return valueOf(bin);
            }
        }
        return valueOf(counts.length - 1);
    }

    /** The bin a value falls in. */
    static int binOf(long value) {
        if (value < EXACT_BELOW) {
            return (int) value;
        }
        return EXACT_BELOW + (int) Math.floor(Math.log((double) value / EXACT_BELOW) / LOG_GROWTH);
    }

    /** What a bin stands for: the value itself below {@value #EXACT_BELOW}, else the middle of the bin. */
    static double valueOf(int bin) {
        if (bin < EXACT_BELOW) {
            return bin;
        }
        double lower = EXACT_BELOW * Math.pow(GROWTH, bin - EXACT_BELOW);
        return Math.sqrt(lower * lower * GROWTH);
    }

    /** Room for {@code size} bins, at least doubling (bins arrive in rising order: growing by one is quadratic). */
    private void grow(int size) {
        if (counts.length < size) {
            counts = Arrays.copyOf(counts, Math.min(BINS, Math.max(size, Math.max(16, counts.length * 2))));
        }
    }

    /** The compact form stored in rollup rows: count, sum, then (bin gap, count) for each non-empty bin. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        writeVarint(out, count);
        writeVarint(out, sum);
        int previous = -1;
        for (int bin = 0; bin < counts.length; bin++) {
            if (counts[bin] != 0) {
                writeVarint(out, bin - previous);
                writeVarint(out, counts[bin]);
                previous = bin;
            }
        }
        return out.toByteArray();
    }

    /** Reads {@link #encode()}'s form; null or empty bytes are an empty histogram. */
    public static Histogram decode(byte[] bytes) {
        Histogram histogram = new Histogram();
        histogram.mergeEncoded(bytes);
        return histogram;
    }

    /**
     * Adds what {@link #encode()}'s form holds, straight from the bytes: a report adds up thousands of rows, and
     * decoding each into its own histogram first is most of its work.
     */
    public void mergeEncoded(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return;
        }
        int[] at = {0};
        count += readVarint(bytes, at);
        sum += readVarint(bytes, at);
        int bin = -1;
        while (at[0] < bytes.length) {
            bin += (int) readVarint(bytes, at);
            int binCount = (int) readVarint(bytes, at);
            if (bin < 0 || bin >= BINS) {
                throw new IllegalArgumentException("a histogram holds bin " + bin + ", beyond its last");
            }
            grow(bin + 1);
            counts[bin] += binCount;
        }
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarint(byte[] bytes, int[] at) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at[0] >= bytes.length) {
                throw new IllegalArgumentException("a histogram ends in the middle of a number");
            }
            byte b = bytes[at[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("a histogram holds a number longer than 64 bits");
    }
}
