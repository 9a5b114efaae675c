package dev.handoff.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTest {
    private static final Instant NOW = Instant.parse("2025-03-10T14:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 3);

    private static Notification fresh() {
        HandoffNotice notice = new HandoffNotice(TenantId.of("acme"), ConversationId.of("c-1"), BotId.of("bot"),
                "Thandi", "hi", NOW);
        return Notification.newRequest(UUID.randomUUID(), notice, NOW);
    }

    @Test
    void aNewNotificationIsDueAtOnce() {
        Notification notification = fresh();

        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.kind()).isEqualTo(NotificationKind.NEW_REQUEST);
        assertThat(notification.isDue(NOW)).isTrue();
    }

    @Test
    void sendingFinishesIt() {
        Notification notification = fresh();

        notification.sent(NOW.plusSeconds(1));

        assertThat(notification.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(notification.attempts()).isEqualTo(1);
        assertThat(notification.sentAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(notification.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> notification.sent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailureSchedulesTheNextAttemptWithGrowingDelays() {
        Notification notification = fresh();

        notification.failed("connection refused", NOW, POLICY);
        assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(notification.lastError()).isEqualTo("connection refused");
        assertThat(notification.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(notification.isDue(NOW.plusSeconds(59))).isFalse();
        assertThat(notification.isDue(NOW.plusSeconds(60))).isTrue();

        notification.failed("again", NOW, POLICY);
        assertThat(notification.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void theLastAllowedFailureAbandonsIt() {
        Notification notification = fresh();

        for (int i = 0; i < POLICY.maxAttempts(); i++) {
            notification.failed("down", NOW, POLICY);
        }

        assertThat(notification.status()).isEqualTo(NotificationStatus.ABANDONED);
        assertThat(notification.attempts()).isEqualTo(3);
        assertThat(notification.nextAttemptAt()).isNull();
        assertThat(notification.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aLongErrorIsCut() {
        Notification notification = fresh();

        notification.failed("e".repeat(5000), NOW, POLICY);

        assertThat(notification.lastError()).hasSize(Notification.MAX_ERROR_LENGTH);
    }

    @Test
    void withoutRecipientsNothingIsLeftToDo() {
        Notification notification = fresh();

        notification.noRecipients();

        assertThat(notification.status()).isEqualTo(NotificationStatus.NO_RECIPIENTS);
        assertThat(notification.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
    }
}
