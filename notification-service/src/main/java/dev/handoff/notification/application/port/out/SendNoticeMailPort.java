package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.HandoffNotice;
import java.util.List;

/** Mails a new-request notice to people. */
public interface SendNoticeMailPort {
    /**
     * Sends one mail about {@code notice} to {@code emails} and returns once the mail server accepted it.
     *
     * @throws MailDeliveryException if the mail server could not be reached or refused the mail
     */
    void send(HandoffNotice notice, List<String> emails);
}
