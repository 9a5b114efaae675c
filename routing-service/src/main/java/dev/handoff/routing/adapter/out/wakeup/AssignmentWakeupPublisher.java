package dev.handoff.routing.adapter.out.wakeup;

import dev.handoff.routing.application.port.out.AssignmentWakeup;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.TenantId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Publishes wake-ups as CDI events, which the queue dispatcher observes once the transaction committed (never when it
 * rolls back; at once without a transaction), each wake-up once per transaction however often it was asked for.
 */
@ApplicationScoped
public class AssignmentWakeupPublisher implements AssignmentWakeupPort {
    private final Event<AssignmentWakeup> wakeups;
    private final WakeupsOfTransaction ofTransaction;

    public AssignmentWakeupPublisher(Event<AssignmentWakeup> wakeups, WakeupsOfTransaction ofTransaction) {
        this.wakeups = wakeups;
        this.ofTransaction = ofTransaction;
    }

    @Override
    public void queueChanged(QueueKey queue) {
        publish(new AssignmentWakeup(queue.tenant(), queue));
    }

    @Override
    public void agentsChanged(TenantId tenant) {
        publish(new AssignmentWakeup(tenant, null));
    }

    private void publish(AssignmentWakeup wakeup) {
        if (QuarkusTransaction.isRollbackOnly()) {
            // CDI would deliver it at once (the transaction is no longer active), but what it changed will not happen.
            return;
        }
        if (!QuarkusTransaction.isActive() || ofTransaction.firstTime(wakeup)) {
            wakeups.fire(wakeup);
        }
    }
}
