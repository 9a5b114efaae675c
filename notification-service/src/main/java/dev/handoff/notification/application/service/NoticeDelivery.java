package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.out.MailDeliveryException;
import dev.handoff.notification.application.port.out.RecipientsPort;
import dev.handoff.notification.application.port.out.SendNoticeMailPort;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationStatus;
import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.notification.domain.model.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * One attempt to mail a notification, shared by the first try and the retries. A failure never
 * escapes: it is logged and recorded on the notification, which the retry job picks up later.
 */
@ApplicationScoped
public class NoticeDelivery {
    private static final Logger LOG = Logger.getLogger(NoticeDelivery.class);

    private final RecipientsPort recipients;
    private final SendNoticeMailPort mail;
    private final RetryPolicy policy;
    private final Clock clock;

    public NoticeDelivery(RecipientsPort recipients, SendNoticeMailPort mail, RetryPolicy policy, Clock clock) {
        this.recipients = recipients;
        this.mail = mail;
        this.policy = policy;
        this.clock = clock;
    }

    /** Sends {@code notification} to its tenant's current recipients and records the outcome on it. */
    public void attempt(Notification notification) {
        Recipients to = recipients.load(notification.notice().tenantId());
        if (to.isEmpty()) {
            LOG.warnf("no notification recipients in tenant %s: nobody was told about conversation %s",
                    notification.notice().tenantId(), notification.notice().conversationId());
            notification.noRecipients();
            return;
        }
        try {
            mail.send(notification.notice(), to.emails());
            notification.sent(clock.instant());
        } catch (MailDeliveryException e) {
            notification.failed(e.getMessage(), clock.instant(), policy);
            if (notification.status() == NotificationStatus.ABANDONED) {
                LOG.errorf(e, "giving up on notification %s after %d attempts", notification.id(), notification.attempts());
            } else {
                LOG.warnf("notification %s failed (attempt %d), next try at %s: %s", notification.id(),
                        notification.attempts(), notification.nextAttemptAt(), e.getMessage());
            }
        }
    }
}
