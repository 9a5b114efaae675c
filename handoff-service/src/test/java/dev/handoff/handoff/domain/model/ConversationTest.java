package dev.handoff.handoff.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversationTest {
    private static Conversation waiting() {
        return Conversation.handedOff(
                ConversationId.of("c-1"),
                TenantId.of("demo"),
                BotId.of("demo-bot"),
                null,
                "en",
                null,
                0,
                Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void aChatIsAssignedRequeuedAndAssignedAgainUntilItEnds() {
        Conversation c = waiting();
        c.assigned();
        assertThat(c.status()).isEqualTo(ConversationStatus.ASSIGNED);
        assertThat(c.backInQueue()).isTrue();
        assertThat(c.status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(c.backInQueue()).as("already waiting").isFalse();
        c.assigned();
        c.ended(ConversationStatus.COMPLETED);
        assertThat(c.status()).isEqualTo(ConversationStatus.COMPLETED);
        assertThat(c.isActive()).isFalse();
    }

    @Test
    void theFirstEndWinsAndLateEventsDoNotReviveTheChat() {
        Conversation c = waiting();
        c.ended(ConversationStatus.EXPIRED);
        c.ended(ConversationStatus.COMPLETED);
        c.assigned();
        assertThat(c.backInQueue()).isFalse();
        assertThat(c.status()).isEqualTo(ConversationStatus.EXPIRED);
    }

    @Test
    void onlyAnEndCanEndAChat() {
        assertThatThrownBy(() -> waiting().ended(ConversationStatus.ASSIGNED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
