package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {
    @Test
    void growsWithThePosition() {
        assertThat(WaitEstimate.forPosition(1, Duration.ofSeconds(45))).isEqualTo(Duration.ofSeconds(45));
        assertThat(WaitEstimate.forPosition(3, Duration.ofSeconds(45))).isEqualTo(Duration.ofSeconds(135));
    }

    @Test
    void inWholeSecondsItIsRoundedUp() {
        assertThat(WaitEstimate.secondsFor(3, Duration.ofSeconds(45))).isEqualTo(135);
        assertThat(WaitEstimate.secondsFor(1, Duration.ofMillis(300))).isEqualTo(1);
        assertThat(WaitEstimate.secondsFor(4, Duration.ofMillis(300))).isEqualTo(2);
    }

    @Test
    void positionsStartAtOne() {
        assertThatThrownBy(() -> WaitEstimate.forPosition(0, Duration.ofSeconds(45)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
