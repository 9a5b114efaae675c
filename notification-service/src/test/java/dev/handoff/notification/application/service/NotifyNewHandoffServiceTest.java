package dev.handoff.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.notification.application.port.in.NotifyNewHandoffCommand;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationStatus;
import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.notification.domain.model.RetryPolicy;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotifyNewHandoffServiceTest {
    private static final TenantId TENANT = TenantId.of("acme");
    private static final Instant START = Instant.parse("2025-03-10T14:02:07Z");

    private final Fakes.NotificationLog log = new Fakes.NotificationLog();
    private final Fakes.RecipientStore recipients = new Fakes.RecipientStore();
    private final Fakes.Mailer mailer = new Fakes.Mailer();
    private final MutableClock clock = new MutableClock(START);
    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 3);
    private NotifyNewHandoffService service;

    @BeforeEach
    void setUp() {
        service = new NotifyNewHandoffService(log, new NoticeDelivery(recipients, mailer, policy, clock), clock);
        recipients.save(new Recipients(TENANT, List.of("ana@example.com", "sipho@example.com")));
    }

    private static NotifyNewHandoffCommand request(String conversation) {
        return new NotifyNewHandoffCommand(UUID.randomUUID(), TENANT, ConversationId.of(conversation),
                BotId.of("support-bot"), new VisitorInfo("Thandi", null, null, Map.of()),
                List.of(new HistoryEntry(Sender.VISITOR, "I was charged twice", null)), START.minusSeconds(1));
    }

    @Test
    void mailsTheTenantsRecipientsOnceWithTheNotice() {
        NotifyNewHandoffCommand command = request("c-1");

        service.notifyNewHandoff(command);

        assertThat(mailer.sent).singleElement().satisfies(sent -> {
            assertThat(sent.to()).containsExactly("ana@example.com", "sipho@example.com");
            assertThat(sent.notice().visitorName()).isEqualTo("Thandi");
            assertThat(sent.notice().botId()).isEqualTo(BotId.of("support-bot"));
            assertThat(sent.notice().messagePreview()).isEqualTo("I was charged twice");
        });
        Notification logged = log.byId.get(command.eventId());
        assertThat(logged.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(logged.sentAt()).isEqualTo(START);
    }

    @Test
    void aSecondEventAboutTheSameRequestSendsNothing() {
        service.notifyNewHandoff(request("c-1"));
        service.notifyNewHandoff(request("c-1"));

        assertThat(mailer.sent).hasSize(1);
        assertThat(log.byId).hasSize(1);
    }

    @Test
    void aFailedMailIsRecordedForRetryInsteadOfThrown() {
        mailer.down = true;
        NotifyNewHandoffCommand command = request("c-1");

        service.notifyNewHandoff(command);

        Notification logged = log.byId.get(command.eventId());
        assertThat(logged.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(logged.lastError()).contains("connection refused");
        assertThat(logged.nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(mailer.sent).isEmpty();
    }

    @Test
    void withoutRecipientsTheNotificationIsLoggedAsSuch() {
        recipients.save(Recipients.none(TENANT));
        NotifyNewHandoffCommand command = request("c-1");

        service.notifyNewHandoff(command);

        assertThat(mailer.sent).isEmpty();
        assertThat(log.byId.get(command.eventId()).status()).isEqualTo(NotificationStatus.NO_RECIPIENTS);
    }
}
