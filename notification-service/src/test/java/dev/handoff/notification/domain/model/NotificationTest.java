package dev.handoff.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {
    private static final Instant NOW = Instant.parse("2025-03-10T14:00:00Z");
    private static final TenantId ACME = TenantId.of("acme");
    private static final ConversationId CHAT = ConversationId.of("c-1");

    private static Notification waiting(NotificationKind kind, Duration in) {
        return Notification.scheduled(ACME, CHAT, kind, NOW.plus(in), NOW);
    }

    @Test
    void aTimerIsScheduledUntilItIsDecidedAndThenCannotBeDecidedOrCancelledAgain() {
        Notification timer = waiting(NotificationKind.STILL_WAITING, Duration.ofMinutes(5));
        assertThat(timer.status()).isEqualTo(NotificationStatus.SCHEDULED);
        assertThat(timer.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(timer.seq()).isZero();

        timer.decided(NOW.plus(Duration.ofMinutes(5)));

        assertThat(timer.status()).isEqualTo(NotificationStatus.DECIDED);
        assertThat(timer.decidedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(timer.cancel("taken", NOW)).isFalse();
        assertThat(timer.status()).isEqualTo(NotificationStatus.DECIDED);
        assertThatThrownBy(() -> timer.decided(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancellingKeepsTheReasonAndEndsTheTimer() {
        Notification timer = waiting(NotificationKind.NEW_REQUEST, Duration.ZERO);

        assertThat(timer.cancel("taken by Ana", NOW)).isTrue();

        assertThat(timer.status()).isEqualTo(NotificationStatus.CANCELLED);
        assertThat(timer.note()).isEqualTo("taken by Ana");
        assertThat(timer.isScheduled()).isFalse();
        assertThatThrownBy(() -> timer.noRecipients("none", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTimerIsOnlyEverBroughtForward() {
        Notification timer = waiting(NotificationKind.NEW_REQUEST, Duration.ofSeconds(30));

        timer.dueNoLaterThan(NOW.plus(Duration.ofMinutes(1)));
        assertThat(timer.dueAt()).isEqualTo(NOW.plusSeconds(30));
        timer.dueNoLaterThan(NOW);
        assertThat(timer.dueAt()).isEqualTo(NOW);
    }

    @Test
    void visitorMessagesComeInNumberedBatchesForOneAgentAndWaitingKindsDoNot() {
        Notification batch = Notification.visitorMessages(ACME, CHAT, 2, AgentId.of("ana"), NOW.plusSeconds(180), NOW);

        assertThat(batch.kind()).isEqualTo(NotificationKind.VISITOR_MESSAGE);
        assertThat(batch.seq()).isEqualTo(2);
        assertThat(batch.agentId()).isEqualTo(AgentId.of("ana"));
        assertThatThrownBy(() -> Notification.scheduled(ACME, CHAT, NotificationKind.VISITOR_MESSAGE, NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(NotificationKind.ESCALATION.preferenceKind()).isEqualTo(NotificationKind.STILL_WAITING);
    }

    @Test
    void aLongNoteIsCut() {
        Notification timer = waiting(NotificationKind.NEW_REQUEST, Duration.ZERO);
        timer.noRecipients("x".repeat(500), NOW);
        assertThat(timer.note()).hasSize(Notification.MAX_NOTE_LENGTH);
    }
}
