package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Optional;

/** The log of notifications: what was sent, what failed, and what must not be sent twice. */
public interface NotificationLogPort {
    /** The notification of {@code kind} about a conversation, if there was one. */
    Optional<Notification> find(TenantId tenant, ConversationId conversation, NotificationKind kind);

    /** Stores it now (inserting or updating), so a second one for the same conversation and kind fails here. */
    void save(Notification notification);

    /** The notification due longest for a retry at {@code now}, held against other replicas until commit. */
    Optional<Notification> lockNextDue(Instant now);
}
