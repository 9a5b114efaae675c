package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.MailNotice;
import dev.handoff.notification.domain.model.Recipient;
import java.time.Duration;
import java.util.UUID;

/** Writes and sends one mail to one person. */
public interface SendMailPort {
    /**
     * Sends the mail and returns once the mail server accepted it.
     *
     * @throws MailDeliveryException if the mail server could not be reached or refused the mail
     */
    void send(OutgoingMail mail);

    /**
     * @param mailId the same for every attempt, so a repeat after a crash carries the same Message-ID
     * @param sinceTrigger how long ago the notification became due, for the delay metric
     */
    record OutgoingMail(
            UUID mailId, UUID notificationId, Recipient recipient, MailNotice notice, Duration sinceTrigger) {}
}
