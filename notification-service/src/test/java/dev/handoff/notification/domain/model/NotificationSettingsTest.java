package dev.handoff.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {
    private static final TenantId ACME = TenantId.of("acme");

    @Test
    void theDefaultsMailAgentsAfterFiveMinutesWithoutEscalation() {
        NotificationSettings defaults = NotificationSettings.defaults(ACME);

        assertThat(defaults.waitingAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.escalateAfter()).isNull();
        assertThat(defaults.mailAgents()).isTrue();
        assertThat(defaults.language()).isEqualTo("en");
    }

    @Test
    void aBotsOwnThresholdReplacesTheTenants() {
        NotificationSettings s = new NotificationSettings(
                ACME,
                true,
                Duration.ofMinutes(5),
                Duration.ofMinutes(15),
                Duration.ofMinutes(3),
                Duration.ofMinutes(5),
                "de",
                Map.of(BotId.of("vip-bot"), Duration.ofMinutes(1)));

        assertThat(s.waitingAfterFor(BotId.of("vip-bot"))).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.waitingAfterFor(BotId.of("other"))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void everyFieldOutOfRangeIsNamed() {
        assertThatThrownBy(() -> new NotificationSettings(
                        ACME,
                        true,
                        Duration.ZERO,
                        Duration.ofMinutes(-1),
                        Duration.ofHours(2),
                        null,
                        "not a tag",
                        Map.of(BotId.of("b"), Duration.ofDays(2))))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "waitingAfterMinutes: must be 1 to 1440 minutes",
                                        "batchMinutes: must be 1 to 60 minutes",
                                        "idleMinutes: must be 1 to 240 minutes",
                                        "escalateAfterMinutes: must be 1 to 10080 minutes",
                                        "bots[b].waitingAfterMinutes: must be 1 to 1440 minutes",
                                        "language: must be a language tag such as en or de"));
    }

    @Test
    void theEscalationComesAfterTheFirstMail() {
        assertThatThrownBy(() -> new NotificationSettings(
                        ACME,
                        true,
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(3),
                        Duration.ofMinutes(5),
                        "en",
                        Map.of()))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("escalateAfterMinutes: must be longer than waitingAfterMinutes"));
    }
}
