package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.Mail;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The mails of decided notifications, one per recipient, in PostgreSQL. */
public interface MailPort {
    /** Stores it (inserting or updating); at most one per notification and address. */
    void save(Mail mail);

    /** Records new mails, inserted together when the transaction flushes. */
    void insertAll(List<Mail> mails);

    /** The mail due longest at {@code now}, locked until commit; rows other replicas hold are skipped. */
    Optional<Mail> lockNextDue(Instant now);

    /** The mails of these notifications, in the order they were decided. */
    List<Mail> ofNotifications(Collection<UUID> notificationIds);

    /** How many mails wait to be sent or retried. */
    long countOpen();
}
