package dev.handoff.notification.application.port.in;

import dev.handoff.notification.domain.model.Mail;
import dev.handoff.notification.domain.model.MailStatus;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What was sent, cancelled, failed or abandoned: the notification log supervisors read. */
public interface ReadNotificationLogUseCase {
    /**
     * A tenant's notifications with their mails, newest first.
     *
     * @param conversation only this conversation's, or all when null
     * @param withMailIn only those with a mail in one of these states (say FAILED and ABANDONED), or all when empty
     */
    List<LoggedNotification> read(TenantId tenant, ConversationId conversation, Set<MailStatus> withMailIn, int limit);

    /** How many timers are scheduled per kind, and how many mails wait to be sent. */
    PendingCounts pending();

    /**
     * A notification and its mails.
     *
     * @param messages how many visitor messages a batch collected (0 for other kinds)
     */
    record LoggedNotification(Notification notification, List<Mail> mails, int messages) {}

    /** What waits, for the gauges. */
    record PendingCounts(Map<NotificationKind, Long> timers, long mails) {}
}
