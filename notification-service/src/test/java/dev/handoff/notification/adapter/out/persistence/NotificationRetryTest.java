package dev.handoff.notification.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.notification.MailContent;
import dev.handoff.notification.application.port.in.RetryNotificationsUseCase;
import dev.handoff.notification.application.port.out.NotificationLogPort;
import dev.handoff.notification.application.port.out.RecipientsPort;
import dev.handoff.notification.domain.model.HandoffNotice;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.notification.domain.model.NotificationStatus;
import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The notification log and the retry use case on the real database and SMTP server. */
@QuarkusTest
@WithTestInfrastructure
class NotificationRetryTest {
    private static final TenantId TENANT = TenantId.of("notify-retry");

    @Inject
    NotificationLogPort log;

    @Inject
    RecipientsPort recipients;

    @Inject
    RetryNotificationsUseCase retry;

    private Notification failedNotification(Instant nextAttemptAt) {
        // PostgreSQL keeps microseconds: start from values it stores exactly.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        HandoffNotice notice = new HandoffNotice(TENANT, ConversationId.random(), BotId.of("bot"), "Nomsa", "hi", now);
        return new Notification(UUID.randomUUID(), NotificationKind.NEW_REQUEST, notice, now,
                NotificationStatus.FAILED, 1, "connection refused", nextAttemptAt.truncatedTo(ChronoUnit.MICROS), null);
    }

    private Notification reload(Notification notification) {
        return QuarkusTransaction.requiringNew().call(() -> log.find(TENANT,
                notification.notice().conversationId(), NotificationKind.NEW_REQUEST).orElseThrow());
    }

    @Test
    void aDueFailedNotificationIsSentAndAFutureOneWaits() {
        Notification due = failedNotification(Instant.now().minusSeconds(5));
        Notification later = failedNotification(Instant.now().plus(Duration.ofHours(1)));
        QuarkusTransaction.requiringNew().run(() -> {
            recipients.save(new Recipients(TENANT, List.of("retry-agent@example.com")));
            log.save(due);
            log.save(later);
        });

        // The scheduled job may take the due one first; either way it is sent once and the future one waits.
        int tried = 0;
        while (retry.retryNextDue()) {
            tried++;
        }
        assertThat(tried).isLessThanOrEqualTo(1);

        InfrastructureTestResource.mailbox().awaitMessages(m -> MailContent.sentTo(m, "retry-agent@example.com")
                && MailContent.of(m).text().contains(due.notice().conversationId().value()), 1, Duration.ofSeconds(30));
        Notification sent = reload(due);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(reload(later).status()).isEqualTo(NotificationStatus.FAILED);
    }

    @Test
    void theLogKeepsEveryFieldOfTheNotice() {
        Notification stored = failedNotification(Instant.now().plus(Duration.ofHours(1)));
        QuarkusTransaction.requiringNew().run(() -> log.save(stored));

        Notification read = reload(stored);

        assertThat(read.id()).isEqualTo(stored.id());
        assertThat(read.notice()).isEqualTo(stored.notice());
        assertThat(read.lastError()).isEqualTo("connection refused");
        assertThat(read.nextAttemptAt()).isEqualTo(stored.nextAttemptAt());
        assertThat(read.createdAt()).isEqualTo(stored.createdAt());
    }
}
