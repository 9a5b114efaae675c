package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.shared.id.TenantId;
import java.util.List;

/** What waits in a tenant's queues, in serving order. */
public interface ViewQueueUseCase {
    List<QueueEntry> waiting(TenantId tenant);
}
