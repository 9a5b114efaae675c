package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.TenantId;

/**
 * Asks routing to serve queues (assign or offer what waits there) once the current transaction has committed,
 * and not at all if it rolls back. Queues whose strategy is MANUAL ignore it.
 */
public interface AssignmentWakeupPort {
    /** A conversation arrived in, or came back to, the queue. */
    void queueChanged(QueueKey queue);

    /** Agents of the tenant may have room now: a chat or offer ended, someone came online, a limit or strategy changed. */
    void agentsChanged(TenantId tenant);
}
