package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StrategySettingsTest {
    private static final StrategySettings TENANT = new StrategySettings(AssignmentStrategy.AUTO_WITH_OFFER, 45);

    @Test
    void aTenantThatNeverChoseHasAgentsClaimAndOffersWaitingThirtySeconds() {
        assertThat(StrategySettings.DEFAULT.strategy()).isEqualTo(AssignmentStrategy.MANUAL);
        assertThat(StrategySettings.DEFAULT.offerTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(AssignmentStrategy.MANUAL.routesItself()).isFalse();
        assertThat(AssignmentStrategy.AUTO.routesItself()).isTrue();
        assertThat(AssignmentStrategy.AUTO_WITH_OFFER.routesItself()).isTrue();
    }

    @Test
    void aTeamInheritsEveryFieldItDoesNotSet() {
        assertThat(TeamStrategy.INHERIT_ALL.appliedTo(TENANT)).isEqualTo(TENANT);
        assertThat(new TeamStrategy(AssignmentStrategy.AUTO, null).appliedTo(TENANT))
                .isEqualTo(new StrategySettings(AssignmentStrategy.AUTO, 45));
        assertThat(new TeamStrategy(null, 10).appliedTo(TENANT))
                .isEqualTo(new StrategySettings(AssignmentStrategy.AUTO_WITH_OFFER, 10));
        assertThat(new TeamStrategy(AssignmentStrategy.MANUAL, 600).appliedTo(TENANT))
                .isEqualTo(new StrategySettings(AssignmentStrategy.MANUAL, 600));
    }

    @Test
    void aChangeReplacesOnlyWhatItNames() {
        assertThat(TENANT.with(null, null)).isEqualTo(TENANT);
        assertThat(TENANT.with(AssignmentStrategy.AUTO, null))
                .isEqualTo(new StrategySettings(AssignmentStrategy.AUTO, 45));
        assertThat(TENANT.with(null, 5)).isEqualTo(new StrategySettings(AssignmentStrategy.AUTO_WITH_OFFER, 5));
    }

    @Test
    void offerTimeoutsAreFiveSecondsToTenMinutes() {
        assertThat(new StrategySettings(AssignmentStrategy.AUTO, 5).offerTimeoutSeconds())
                .isEqualTo(5);
        assertThat(new StrategySettings(AssignmentStrategy.AUTO, 600).offerTimeoutSeconds())
                .isEqualTo(600);
        assertThatThrownBy(() -> new StrategySettings(AssignmentStrategy.AUTO, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TeamStrategy(null, 601)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StrategySettings(null, 30)).isInstanceOf(NullPointerException.class);
    }
}
