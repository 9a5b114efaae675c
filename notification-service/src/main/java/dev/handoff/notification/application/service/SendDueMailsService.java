package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.SendDueMailsUseCase;
import dev.handoff.notification.application.port.out.BatchMessagesPort;
import dev.handoff.notification.application.port.out.ConversationPort;
import dev.handoff.notification.application.port.out.MailDeliveryException;
import dev.handoff.notification.application.port.out.MailPort;
import dev.handoff.notification.application.port.out.NotificationPort;
import dev.handoff.notification.application.port.out.SendMailPort;
import dev.handoff.notification.application.port.out.SendMailPort.OutgoingMail;
import dev.handoff.notification.domain.model.Mail;
import dev.handoff.notification.domain.model.MailNotice;
import dev.handoff.notification.domain.model.MailStatus;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.notification.domain.model.RequestDetails;
import dev.handoff.notification.domain.model.RetryPolicy;
import dev.handoff.notification.domain.model.WatchedConversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends one due mail. Its row stays locked (SKIP LOCKED for the other replicas) while the mail server is talked to,
 * and "sent" is committed with that lock: a replica that dies mid-send loses its database connection, its
 * transaction rolls back, and another replica sends the mail, with the same Message-ID, once.
 */
@ApplicationScoped
public class SendDueMailsService implements SendDueMailsUseCase {
    private static final Logger LOG = Logger.getLogger(SendDueMailsService.class);

    private final MailPort mails;
    private final NotificationPort notifications;
    private final ConversationPort conversations;
    private final BatchMessagesPort batches;
    private final SendMailPort mailer;
    private final RetryPolicy policy;
    private final Clock clock;

    public SendDueMailsService(
            MailPort mails,
            NotificationPort notifications,
            ConversationPort conversations,
            BatchMessagesPort batches,
            SendMailPort mailer,
            RetryPolicy policy,
            Clock clock) {
        this.mails = mails;
        this.notifications = notifications;
        this.conversations = conversations;
        this.batches = batches;
        this.mailer = mailer;
        this.policy = policy;
        this.clock = clock;
    }

    // One mail per transaction: a slow mail server then holds one row for one mail's timeout, and a mail already
    // sent is recorded as sent even if the next one fails.
    @Override
    @Transactional
    public boolean sendNextDue() {
        Instant now = clock.instant();
        Optional<Mail> due = mails.lockNextDue(now);
        if (due.isEmpty()) {
            return false;
        }
        Mail mail = due.get();
        Notification notification = notifications
                .find(mail.notificationId())
                .orElseThrow(() -> new IllegalStateException("mail " + mail.id() + " has no notification"));
        try {
            mailer.send(new OutgoingMail(
                    mail.id(),
                    notification.id(),
                    mail.recipient(),
                    notice(notification, now),
                    Duration.between(notification.dueAt(), now)));
            mail.sent(clock.instant());
        } catch (MailDeliveryException e) {
            mail.failed(e.getMessage(), clock.instant(), policy);
            if (mail.status() == MailStatus.ABANDONED) {
                LOG.errorf(
                        e,
                        "giving up on mail %s (%s of conversation %s) after %d attempts",
                        mail.id(),
                        notification.kind(),
                        notification.conversationId(),
                        mail.attempts());
            } else {
                LOG.warnf(
                        "mail %s failed (attempt %d), next try at %s: %s",
                        mail.id(), mail.attempts(), mail.nextAttemptAt(), e.getMessage());
            }
        }
        mails.save(mail);
        return true;
    }

    private MailNotice notice(Notification notification, Instant now) {
        Optional<WatchedConversation> conversation = conversations.find(notification.conversationId());
        RequestDetails details =
                conversation.flatMap(WatchedConversation::details).orElse(null);
        boolean batch = notification.kind() == NotificationKind.VISITOR_MESSAGE;
        return new MailNotice(
                notification.kind(),
                notification.conversationId(),
                details,
                conversation.flatMap(WatchedConversation::position).orElse(null),
                conversation.flatMap(WatchedConversation::estimatedWaitSeconds).orElse(null),
                details == null ? Duration.ZERO : Duration.between(details.requestedAt(), now),
                conversation.flatMap(WatchedConversation::agentName).orElse(null),
                batch ? batches.of(notification.id()) : List.of(),
                batch ? batches.moreThanKept(notification.id()) : 0);
    }
}
