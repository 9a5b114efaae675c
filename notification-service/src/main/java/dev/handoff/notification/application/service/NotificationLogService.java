package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.ReadNotificationLogUseCase;
import dev.handoff.notification.application.port.out.BatchMessagesPort;
import dev.handoff.notification.application.port.out.MailPort;
import dev.handoff.notification.application.port.out.NotificationPort;
import dev.handoff.notification.domain.model.Mail;
import dev.handoff.notification.domain.model.MailStatus;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the notification log. */
@ApplicationScoped
public class NotificationLogService implements ReadNotificationLogUseCase {
    private final NotificationPort notifications;
    private final MailPort mails;
    private final BatchMessagesPort batches;

    public NotificationLogService(NotificationPort notifications, MailPort mails, BatchMessagesPort batches) {
        this.notifications = notifications;
        this.mails = mails;
        this.batches = batches;
    }

    @Override
    @Transactional
    public List<LoggedNotification> read(
            TenantId tenant, ConversationId conversation, Set<MailStatus> withMailIn, int limit) {
        List<Notification> found = notifications.list(tenant, conversation, withMailIn, limit);
        Map<UUID, List<Mail>> mailsOf = mails
                .ofNotifications(found.stream().map(Notification::id).toList())
                .stream()
                .collect(Collectors.groupingBy(Mail::notificationId));
        Map<UUID, Integer> messages =
                batches.counts(found.stream().map(Notification::id).toList());
        return found.stream()
                .map(n -> new LoggedNotification(
                        n, mailsOf.getOrDefault(n.id(), List.of()), messages.getOrDefault(n.id(), 0)))
                .toList();
    }

    @Override
    @Transactional
    public PendingCounts pending() {
        return new PendingCounts(notifications.countScheduled(), mails.countOpen());
    }
}
