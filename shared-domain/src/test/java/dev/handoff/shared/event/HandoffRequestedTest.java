package dev.handoff.shared.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.GoldenEvents;
import org.junit.jupiter.api.Test;

class HandoffRequestedTest {
    @Test
    void theBotIsShownByItsDisplayNameElseByItsId() {
        HandoffRequested named = GoldenEvents.event(HandoffRequested.class);
        HandoffRequested unnamed = GoldenEvents.event("HandoffRequested.minimal.json", HandoffRequested.class);

        assertThat(named.botName()).isEqualTo("Acme Support");
        assertThat(unnamed.botDisplayName()).isNull();
        assertThat(unnamed.botName()).isEqualTo("support-bot");
    }

    @Test
    void theShortConstructorIsARequestWithoutDisplayNameOrPicture() {
        HandoffRequested full = GoldenEvents.event(HandoffRequested.class);

        HandoffRequested old = new HandoffRequested(
                full.eventId(),
                full.occurredAt(),
                full.tenantId(),
                full.conversationId(),
                full.botId(),
                full.visitor(),
                full.botHistory(),
                full.language(),
                full.team(),
                full.priority(),
                full.reason());

        assertThat(old.botDisplayName()).isNull();
        assertThat(old.botAvatarUrl()).isNull();
        assertThat(old.botName()).isEqualTo(full.botId().value());
    }
}
