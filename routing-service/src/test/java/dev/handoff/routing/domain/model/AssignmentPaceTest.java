package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AssignmentPaceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final AssignmentPace PACE = new AssignmentPace(Duration.ofSeconds(60), Duration.ofMinutes(30), 5, 3);

    /** Assignments {@code gapSeconds} apart, the newest {@code agoSeconds} before now. */
    private static List<Instant> every(int gapSeconds, int count, int agoSeconds) {
        return IntStream.range(0, count)
                .mapToObj(i -> NOW.minusSeconds(agoSeconds + (long) i * gapSeconds))
                .toList();
    }

    @Test
    void withTooLittleHistoryTheConfiguredPaceApplies() {
        assertThat(PACE.timeBetweenAssignments(List.of(), NOW)).isEqualTo(Duration.ofSeconds(60));
        assertThat(PACE.timeBetweenAssignments(every(10, 2, 0), NOW)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void enoughRecentAssignmentsGiveTheirRateUntilNow() {
        // three assignments in the last 30 s (10, 20 and 30 s ago): one per 10 s
        assertThat(PACE.timeBetweenAssignments(every(10, 3, 10), NOW)).isEqualTo(Duration.ofSeconds(10));
        // order does not matter, and uneven gaps average: three within the last 12 s -> one per 4 s
        assertThat(PACE.timeBetweenAssignments(List.of(NOW.minusSeconds(12), NOW, NOW.minusSeconds(4)), NOW))
                .isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aBurstFollowedBySilenceReadsSlowerWithEveryMinuteNobodyAccepts() {
        // five accepts within 4 s, then nobody takes anything
        List<Instant> burst = every(1, 5, 0);
        Duration atOnce = PACE.timeBetweenAssignments(burst, NOW);
        Duration tenMinutesLater = PACE.timeBetweenAssignments(burst, NOW.plusSeconds(600));
        assertThat(atOnce).isLessThan(Duration.ofSeconds(1));
        // 604 s over five accepts
        assertThat(tenMinutesLater).isEqualTo(Duration.ofMillis(120_800));
        // place 20 is no longer "less than a minute"
        assertThat(WaitEstimate.secondsFor(20, tenMinutesLater))
                .isGreaterThan(Duration.ofMinutes(30).toSeconds());
    }

    @Test
    void fasterAssignmentsGiveAShorterPace() {
        Duration slow = PACE.timeBetweenAssignments(every(40, 4, 40), NOW);
        Duration fast = PACE.timeBetweenAssignments(every(5, 4, 5), NOW);
        assertThat(slow).isEqualTo(Duration.ofSeconds(40));
        assertThat(fast).isEqualTo(Duration.ofSeconds(5));
        assertThat(WaitEstimate.secondsFor(3, fast)).isLessThan(WaitEstimate.secondsFor(3, slow));
    }

    @Test
    void onlyTheNewestSampleCountsSoASpeedUpShowsAtOnce() {
        // ten slow assignments within the window, then five fast ones: the sample is the five
        List<Instant> history = new ArrayList<>(every(60, 10, 100));
        history.addAll(every(2, 5, 2));
        assertThat(PACE.timeBetweenAssignments(history, NOW)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void assignmentsOlderThanTheWindowDoNotCount() {
        List<Instant> old = every(10, 5, (int) Duration.ofMinutes(31).toSeconds());
        assertThat(PACE.timeBetweenAssignments(old, NOW)).isEqualTo(Duration.ofSeconds(60));
        assertThat(PACE.windowStart(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
    }

    @Test
    void assignmentsAtTheSameInstantDoNotMakeTheQueueInfinitelyFast() {
        assertThat(PACE.timeBetweenAssignments(List.of(NOW, NOW, NOW), NOW)).isEqualTo(AssignmentPace.FLOOR);
        assertThat(WaitEstimate.secondsFor(1, AssignmentPace.FLOOR)).isEqualTo(1);
    }

    @Test
    void theSettingsMustMakeSense() {
        assertThatThrownBy(() -> new AssignmentPace(Duration.ZERO, Duration.ofMinutes(1), 5, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssignmentPace(Duration.ofSeconds(1), Duration.ofMinutes(1), 5, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssignmentPace(Duration.ofSeconds(1), Duration.ofMinutes(1), 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AssignmentPace.withFallback(Duration.ofSeconds(45)).fallback())
                .isEqualTo(Duration.ofSeconds(45));
    }
}
