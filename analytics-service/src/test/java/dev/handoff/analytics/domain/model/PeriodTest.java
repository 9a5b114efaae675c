package dev.handoff.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static final Instant NOW = Instant.parse("2025-03-31T12:00:00Z");

    @Test
    void defaultsToTheLastThirtyDays() {
        Period period = Period.of(null, null, NOW);

        assertThat(period.to()).isEqualTo(NOW);
        assertThat(period.from()).isEqualTo(NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void aMissingStartIsThirtyDaysBeforeTheEnd() {
        Instant end = Instant.parse("2025-01-31T00:00:00Z");

        assertThat(Period.of(null, end, NOW).from()).isEqualTo(end.minus(Duration.ofDays(30)));
    }

    @Test
    void isHalfOpen() {
        Period period = new Period(NOW, NOW.plusSeconds(10));

        assertThat(period.contains(NOW)).isTrue();
        assertThat(period.contains(NOW.plusSeconds(9))).isTrue();
        assertThat(period.contains(NOW.plusSeconds(10))).isFalse();
        assertThat(period.contains(NOW.minusNanos(1))).isFalse();
    }

    @Test
    void refusesEmptyReversedAndOverlongPeriods() {
        assertThatThrownBy(() -> new Period(NOW, NOW)).isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> new Period(NOW, NOW.minusSeconds(1))).isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> new Period(NOW, NOW.plus(Duration.ofDays(367))))
                .isInstanceOf(InvalidPeriodException.class);
        assertThat(new Period(NOW, NOW.plus(Duration.ofDays(366))).to()).isEqualTo(NOW.plus(Duration.ofDays(366)));
    }
}
