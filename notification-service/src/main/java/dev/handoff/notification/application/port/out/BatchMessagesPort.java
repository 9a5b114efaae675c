package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.QuotedMessage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The visitor messages collected into a batch notification. */
public interface BatchMessagesPort {
    /** Keeps the message with the batch, once per message id; past {@code max} messages only counts it. */
    void add(UUID notificationId, QuotedMessage message, int max);

    /** The batch's kept messages, oldest first. */
    List<QuotedMessage> of(UUID notificationId);

    /** How many messages the batch counted beyond those kept. */
    int moreThanKept(UUID notificationId);

    /** How many messages each of these batches collected, kept or only counted; batches without any are left out. */
    Map<UUID, Integer> counts(Collection<UUID> notificationIds);
}
