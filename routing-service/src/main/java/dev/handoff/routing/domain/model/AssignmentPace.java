package dev.handoff.routing.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How fast a queue moves, measured from its own recent assignments (stored in the database, so every replica
 * measures alike).
 *
 * <p>Of the queue's assignments made within {@code window} before now, the newest {@code sampleSize} count. With
 * at least {@code minAssignments} of them, the time between two assignments is
 * {@code (newest - oldest) / (n - 1)}, the mean gap between consecutive ones (never below {@link #FLOOR}); with
 * fewer, there is too little history and the configured {@code fallback} applies. Only assignments move the
 * measurement, not the passing of time, so estimates do not drift between two changes of the queue; history older
 * than the window drops out, so a queue nobody served for a while goes back to the fallback.
 */
public record AssignmentPace(Duration fallback, Duration window, int sampleSize, int minAssignments) {
    /** Assignments made at practically the same instant do not mean the queue moves infinitely fast. */
    public static final Duration FLOOR = Duration.ofMillis(100);
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(30);
    public static final int DEFAULT_SAMPLE_SIZE = 20;
    public static final int DEFAULT_MIN_ASSIGNMENTS = 3;

    public AssignmentPace {
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(window, "window");
        if (fallback.isNegative() || fallback.isZero() || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("fallback and window must be positive");
        }
        if (minAssignments < 2 || sampleSize < minAssignments) {
            throw new IllegalArgumentException("need 2 <= minAssignments <= sampleSize");
        }
    }

    /** The default window, sample and minimum around a configured fallback pace. */
    public static AssignmentPace withFallback(Duration fallback) {
        return new AssignmentPace(fallback, DEFAULT_WINDOW, DEFAULT_SAMPLE_SIZE, DEFAULT_MIN_ASSIGNMENTS);
    }

    /** The oldest assignment that still counts at {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** The time between two assignments of a queue whose recent assignments were made at {@code assignedAt}. */
    public Duration timeBetweenAssignments(Collection<Instant> assignedAt, Instant now) {
        Instant since = windowStart(now);
        // Assignments a replica with a clock slightly ahead made "after now" count: they happened.
        List<Instant> sample = assignedAt.stream().filter(t -> !t.isBefore(since))
                .sorted(Comparator.reverseOrder()).limit(sampleSize).toList();
        if (sample.size() < minAssignments) {
            return fallback;
        }
        Duration gap = Duration.between(sample.get(sample.size() - 1), sample.get(0)).dividedBy(sample.size() - 1);
        return gap.compareTo(FLOOR) < 0 ? FLOOR : gap;
    }
}
