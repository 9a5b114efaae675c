package dev.handoff.analytics.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The half-open time range {@code [from, to)} a summary covers; chats count in the period they started in.
 */
public record Period(Instant from, Instant to) {
    /** The longest period one summary covers, so a single query cannot scan the whole history. */
    public static final Duration MAX_LENGTH = Duration.ofDays(366);
    /** The period when none is given: the last thirty days. */
    public static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

    /** @throws InvalidPeriodException if {@code from} is not before {@code to} or the period is too long */
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new InvalidPeriodException("from must be before to");
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
            throw new InvalidPeriodException("a period may be at most " + MAX_LENGTH.toDays() + " days long");
        }
    }

    /**
     * The period from the given bounds, either of which may be missing: {@code to} defaults to {@code now},
     * {@code from} to {@link #DEFAULT_LENGTH} before {@code to}.
     */
    public static Period of(Instant from, Instant to, Instant now) {
        Instant end = to == null ? now : to;
        Instant start = from == null ? end.minus(DEFAULT_LENGTH) : from;
        return new Period(start, end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
