package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueueRulesTest {
    @Test
    void byDefaultThreeLapsedOffersSetAnAgentAwayAndTeamsNeverOverflow() {
        assertThat(QueueRules.DEFAULT.setsAwayAfter(2)).isFalse();
        assertThat(QueueRules.DEFAULT.setsAwayAfter(3)).isTrue();
        assertThat(QueueRules.DEFAULT.overflowOf(null)).isEmpty();
    }

    @Test
    void zeroMeansNeverAndATeamsOwnOverflowWinsOverTheTenants() {
        QueueRules rules = new QueueRules(0, 120);
        assertThat(rules.setsAwayAfter(20)).isFalse();
        assertThat(rules.overflowOf(null)).contains(Duration.ofSeconds(120));
        assertThat(rules.overflowOf(30)).contains(Duration.ofSeconds(30));
        assertThat(rules.overflowOf(0)).isEmpty();
    }

    @Test
    void withReplacesOnlyWhatIsGiven() {
        assertThat(QueueRules.DEFAULT.with(null, 60)).isEqualTo(new QueueRules(3, 60));
        assertThat(new QueueRules(5, 60).with(1, null)).isEqualTo(new QueueRules(1, 60));
    }

    @Test
    void valuesOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new QueueRules(21, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueRules(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueRules(3, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueRules(3, 86_401)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueRules(3, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueRules(3, 0, 86_401)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessageMayBeLeftAfterTwoMinutesByDefaultAndNeverWithZero() {
        assertThat(QueueRules.DEFAULT.leaveMessageAfter()).contains(Duration.ofSeconds(120));
        assertThat(QueueRules.DEFAULT.with(null, null, 5).leaveMessageAfter()).contains(Duration.ofSeconds(5));
        assertThat(QueueRules.DEFAULT.with(null, null, 0).leaveMessageAfter()).isEmpty();
        assertThat(QueueRules.DEFAULT.with(1, null).leaveMessageAfterSeconds()).isEqualTo(120);
    }
}
