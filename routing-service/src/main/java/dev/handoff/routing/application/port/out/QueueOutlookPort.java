package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStaffing;
import java.time.Instant;
import java.util.Optional;

/** What routing reads to judge a queue's waits honestly: who could take its chats now, and how long its head waits. */
public interface QueueOutlookPort {
    /** Online agents serving the queue (not asked to be set away since) and the chats they could still take. */
    QueueStaffing staffingOf(QueueKey queue, int defaultLimit);

    /** When the conversation first in line (waiting or offered) arrived; empty when nobody waits. */
    Optional<Instant> headWaitingSince(QueueKey queue);
}
