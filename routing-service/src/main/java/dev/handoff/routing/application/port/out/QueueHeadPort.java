package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.shared.id.TenantId;
import java.util.List;
import java.util.Optional;

/** The fronts of the queues, for routing to place their conversations itself. */
public interface QueueHeadPort {
    /**
     * The first waiting conversation of the queue served after {@code after} (null: the head), its row locked.
     * Rows other transactions have locked are skipped, so replicas placing at once take different conversations.
     */
    Optional<QueueHead> lockNextWaiting(QueueKey queue, QueuePlace after);

    /**
     * Queues with waiting conversations whose strategy (the team's, else the tenant's) is not MANUAL, of
     * {@code tenant}, or of every tenant when it is null.
     */
    List<QueueKey> queuesToServe(TenantId tenant);

    /** A locked waiting conversation and its place in serving order. */
    record QueueHead(ConversationHold hold, QueuePlace place) {}
}
