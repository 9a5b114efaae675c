package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.RecordHandoffRequestCommand;
import dev.handoff.notification.application.port.in.RecordHandoffRequestUseCase;
import dev.handoff.notification.application.port.out.ConversationPort;
import dev.handoff.notification.application.port.out.NotificationPort;
import dev.handoff.notification.application.port.out.SettingsPort;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.notification.domain.model.NotificationSettings;
import dev.handoff.notification.domain.model.NotificationTiming;
import dev.handoff.notification.domain.model.RequestDetails;
import dev.handoff.notification.domain.model.WatchedConversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jboss.logging.Logger;

/** Records a handoff request and starts its timers, under the conversation's row lock so each starts once. */
@ApplicationScoped
public class RecordHandoffRequestService implements RecordHandoffRequestUseCase {
    private static final Logger LOG = Logger.getLogger(RecordHandoffRequestService.class);

    private final ConversationPort conversations;
    private final NotificationPort notifications;
    private final SettingsPort settings;
    private final NotificationTiming timing;
    private final Clock clock;

    public RecordHandoffRequestService(
            ConversationPort conversations,
            NotificationPort notifications,
            SettingsPort settings,
            NotificationTiming timing,
            Clock clock) {
        this.conversations = conversations;
        this.notifications = notifications;
        this.settings = settings;
        this.timing = timing;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void requested(RecordHandoffRequestCommand command) {
        Instant now = clock.instant();
        WatchedConversation conversation = conversations.lockOrStart(command.conversationId(), command.tenantId());
        if (!conversation.tenantId().equals(command.tenantId())) {
            LOG.warnf(
                    "ignoring a request for conversation %s of tenant %s: it belongs to tenant %s",
                    command.conversationId(), command.tenantId(), conversation.tenantId());
            return;
        }
        RequestDetails details = command.details();
        conversation.requested(details);
        conversations.save(conversation, now);
        if (!conversation.isWaiting()) {
            return; // taken or ended before its details arrived: there is nobody to alert about it
        }
        // Another copy of the request (a replay, a republished event) finds the timers there already.
        Set<NotificationKind> started = notifications.kindsOf(conversation.id());
        NotificationSettings tenant = settings.load(command.tenantId());
        // Without a queue place yet, "new request" waits a little for routing, whose Queued brings the wait estimate.
        start(
                started,
                conversation,
                NotificationKind.NEW_REQUEST,
                conversation.queued() ? now : now.plus(timing.queueGrace()),
                now);
        start(
                started,
                conversation,
                NotificationKind.STILL_WAITING,
                details.requestedAt().plus(tenant.waitingAfterFor(details.botId())),
                now);
        if (tenant.escalateAfter() != null) {
            start(
                    started,
                    conversation,
                    NotificationKind.ESCALATION,
                    details.requestedAt().plus(tenant.escalateAfter()),
                    now);
        }
    }

    private void start(
            Set<NotificationKind> started,
            WatchedConversation conversation,
            NotificationKind kind,
            Instant dueAt,
            Instant now) {
        if (!started.contains(kind)) {
            notifications.save(Notification.scheduled(conversation.tenantId(), conversation.id(), kind, dueAt, now));
        }
    }
}
