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
 * at least {@code minAssignments} of them, the time per assignment is {@code (now - oldest) / n}: the accept rate
 * over the time from the oldest counted assignment until now. The time since the newest one counts too, so a burst
 * of fast accepts followed by silence reads slower with every minute nobody accepts, instead of promising the burst's
 * pace for the whole window; it is never below {@link #FLOOR}. With fewer assignments there is too little history
 * and the configured {@code fallback} applies. {@code nobodyAccepting} is how long the head of a queue may wait
 * without anything being taken before visitors are told that nobody is accepting ({@link QueueOutlook}).
 */
public record AssignmentPace(
        Duration fallback, Duration window, int sampleSize, int minAssignments, Duration nobodyAccepting) {
    /** Assignments made at practically the same instant do not mean the queue moves infinitely fast. */
    public static final Duration FLOOR = Duration.ofMillis(100);

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(30);
    public static final int DEFAULT_SAMPLE_SIZE = 20;
    public static final int DEFAULT_MIN_ASSIGNMENTS = 3;
    public static final Duration DEFAULT_NOBODY_ACCEPTING = Duration.ofMinutes(5);

    public AssignmentPace {
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(nobodyAccepting, "nobodyAccepting");
        if (fallback.isNegative()
                || fallback.isZero()
                || window.isNegative()
                || window.isZero()
                || nobodyAccepting.isNegative()
                || nobodyAccepting.isZero()) {
            throw new IllegalArgumentException("fallback, window and nobodyAccepting must be positive");
        }
        if (minAssignments < 2 || sampleSize < minAssignments) {
            throw new IllegalArgumentException("need 2 <= minAssignments <= sampleSize");
        }
    }

    /** A pace with the default time after which nobody is said to be accepting. */
    public AssignmentPace(Duration fallback, Duration window, int sampleSize, int minAssignments) {
        this(fallback, window, sampleSize, minAssignments, DEFAULT_NOBODY_ACCEPTING);
    }

    /** The default window, sample and minimum around a configured fallback pace. */
    public static AssignmentPace withFallback(Duration fallback) {
        return new AssignmentPace(fallback, DEFAULT_WINDOW, DEFAULT_SAMPLE_SIZE, DEFAULT_MIN_ASSIGNMENTS);
    }

    /** The oldest assignment that still counts at {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** The time per assignment of a queue whose recent assignments were made at {@code assignedAt}, seen at {@code now}. */
    public Duration timeBetweenAssignments(Collection<Instant> assignedAt, Instant now) {
        Instant since = windowStart(now);
        // Assignments a replica with a clock slightly ahead made "after now" count: they happened.
        List<Instant> sample = assignedAt.stream()
                .filter(t -> !t.isBefore(since))
                .sorted(Comparator.reverseOrder())
                .limit(sampleSize)
                .toList();
        if (sample.size() < minAssignments) {
            return fallback;
        }
        Instant oldest = sample.get(sample.size() - 1);
        Instant until = sample.get(0).isAfter(now) ? sample.get(0) : now;
        Duration gap = Duration.between(oldest, until).dividedBy(sample.size());
        return gap.compareTo(FLOOR) < 0 ? FLOOR : gap;
    }
}
