package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.MailStatus;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The notifications in PostgreSQL: durable timers, and the log of what became of them. */
public interface NotificationPort {
    /** Stores it (inserting or updating); at most one per conversation, kind and batch number. */
    void save(Notification notification);

    Optional<Notification> find(UUID id);

    /** The kinds the conversation was ever notified of, whatever became of them. */
    Set<NotificationKind> kindsOf(ConversationId conversation);

    /** The conversation's notifications that are still scheduled, locked until commit (waiting for other holders). */
    List<Notification> lockScheduled(ConversationId conversation);

    /** The highest batch number of the conversation's visitor messages; 0 if none. */
    int lastBatch(ConversationId conversation);

    /**
     * Up to {@code limit} scheduled notifications due at {@code now}, those due longest first, but none of {@code skip},
     * locked; rows other replicas hold are skipped.
     */
    List<Notification> lockDue(Instant now, int limit, Set<UUID> skip);

    /** The notification if it is still scheduled and due at {@code now}, locked; empty if another replica holds it. */
    Optional<Notification> lockIfDue(UUID id, Instant now);

    /** Stores the changes to notifications read in this transaction, all with one flush. */
    void saveAll(List<Notification> notifications);

    /**
     * A tenant's notifications, newest first.
     *
     * @param conversation only this conversation's, or every one when null
     * @param withMailIn only those with a mail in one of these states, or all when empty
     */
    List<Notification> list(TenantId tenant, ConversationId conversation, Set<MailStatus> withMailIn, int limit);

    /** How many notifications are scheduled, per kind. */
    Map<NotificationKind, Long> countScheduled();

    /** Deletes notifications settled before {@code before} whose mails are all settled; returns how many. */
    int deleteSettledBefore(Instant before);
}
