package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.TenantId;
import java.util.ArrayList;
import java.util.List;

/** Notes every wakeup a use case asks for, as "queue demo/billing", "queue demo/-" or "agents demo". */
final class RecordedWakeups implements AssignmentWakeupPort {
    final List<String> log = new ArrayList<>();

    @Override
    public void queueChanged(QueueKey queue) {
        log.add("queue " + queue.tenant().value() + "/"
                + (queue.team() == null ? "-" : queue.team().value()));
    }

    @Override
    public void agentsChanged(TenantId tenant) {
        log.add("agents " + tenant.value());
    }
}
