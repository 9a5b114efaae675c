package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.ViewQueueUseCase;
import dev.handoff.routing.application.port.out.QueuePort;
import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the queues for agents and supervisors. */
@ApplicationScoped
public class ViewQueueService implements ViewQueueUseCase {
    private final QueuePort queue;

    public ViewQueueService(QueuePort queue) {
        this.queue = queue;
    }

    @Override
    @Transactional
    public List<QueueEntry> waiting(TenantId tenant) {
        return queue.waiting(tenant);
    }
}
