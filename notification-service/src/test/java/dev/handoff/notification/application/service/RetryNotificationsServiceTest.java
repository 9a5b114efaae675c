package dev.handoff.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.notification.application.port.in.NotifyNewHandoffCommand;
import dev.handoff.notification.domain.model.NotificationStatus;
import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.notification.domain.model.RetryPolicy;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryNotificationsServiceTest {
    private static final TenantId TENANT = TenantId.of("acme");
    private static final Instant START = Instant.parse("2025-03-10T14:00:00Z");

    private final Fakes.NotificationLog log = new Fakes.NotificationLog();
    private final Fakes.RecipientStore recipients = new Fakes.RecipientStore();
    private final Fakes.Mailer mailer = new Fakes.Mailer();
    private final MutableClock clock = new MutableClock(START);
    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 3);
    private NotifyNewHandoffService notify;
    private RetryNotificationsService retry;

    @BeforeEach
    void setUp() {
        NoticeDelivery delivery = new NoticeDelivery(recipients, mailer, policy, clock);
        notify = new NotifyNewHandoffService(log, delivery, clock);
        retry = new RetryNotificationsService(log, delivery, clock);
        recipients.save(new Recipients(TENANT, List.of("ana@example.com")));
    }

    private UUID failedNotification(String conversation) {
        mailer.down = true;
        UUID id = UUID.randomUUID();
        notify.notifyNewHandoff(new NotifyNewHandoffCommand(id, TENANT, ConversationId.of(conversation),
                BotId.of("bot"), VisitorInfo.anonymous(), List.of(), START));
        mailer.down = false;
        return id;
    }

    @Test
    void nothingIsRetriedBeforeItIsDue() {
        failedNotification("c-1");
        clock.advance(Duration.ofSeconds(59));

        assertThat(retry.retryNextDue()).isFalse();
        assertThat(mailer.sent).isEmpty();
    }

    @Test
    void aDueNotificationIsSentOnRetry() {
        UUID id = failedNotification("c-1");
        clock.advance(Duration.ofMinutes(1));

        assertThat(retry.retryNextDue()).isTrue();

        assertThat(mailer.sent).singleElement().satisfies(sent -> assertThat(sent.to()).containsExactly("ana@example.com"));
        assertThat(log.byId.get(id).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(log.byId.get(id).attempts()).isEqualTo(2);
        assertThat(retry.retryNextDue()).isFalse();
    }

    @Test
    void aNotificationThatKeepsFailingIsAbandonedAfterTheLastAttempt() {
        UUID id = failedNotification("c-1");
        mailer.down = true;
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(10));
            retry.retryNextDue();
        }

        assertThat(log.byId.get(id).status()).isEqualTo(NotificationStatus.ABANDONED);
        assertThat(log.byId.get(id).attempts()).isEqualTo(policy.maxAttempts());
    }

    @Test
    void retriesOneAtATimeUntilNoneIsDue() {
        failedNotification("c-1");
        failedNotification("c-2");
        clock.advance(Duration.ofMinutes(1));

        assertThat(retry.retryNextDue()).isTrue();
        assertThat(mailer.sent).hasSize(1);
        assertThat(retry.retryNextDue()).isTrue();
        assertThat(retry.retryNextDue()).isFalse();
        assertThat(mailer.sent).hasSize(2);
    }
}
