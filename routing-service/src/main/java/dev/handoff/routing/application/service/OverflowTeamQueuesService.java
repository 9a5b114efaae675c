package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.OverflowTeamQueuesUseCase;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.OverflowPort;
import dev.handoff.routing.application.port.out.PublishConversationEventPort;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueChange;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.event.QueueOverflowed;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * When a team does not answer, everyone may: a conversation that waited in its team's queue longer than the team's
 * overflow time moves to the tenant-wide queue, at its place by priority and arrival, and is announced there.
 * Offered conversations wait for their offer to end first. Only conversation rows are locked ({@code skip locked}),
 * in the order a claim would lock them, so this never waits in a cycle with claims, transfers or offers.
 */
@ApplicationScoped
public class OverflowTeamQueuesService implements OverflowTeamQueuesUseCase {
    private static final int BATCH = 100;

    private final OverflowPort overflow;
    private final ClaimQueuePort queue;
    private final PublishConversationEventPort events;
    private final QueueChangesPort changes;
    private final AssignmentWakeupPort wakeups;
    private final Clock clock;

    public OverflowTeamQueuesService(
            OverflowPort overflow,
            ClaimQueuePort queue,
            PublishConversationEventPort events,
            QueueChangesPort changes,
            AssignmentWakeupPort wakeups,
            Clock clock) {
        this.overflow = overflow;
        this.queue = queue;
        this.events = events;
        this.changes = changes;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int overflowDue() {
        Instant now = clock.instant();
        var due = overflow.lockDue(now, BATCH);
        Set<TenantId> tenants = new HashSet<>();
        for (ConversationId id : due) {
            // Already locked by lockDue; this reads the hold under that lock.
            ConversationHold hold = queue.lockHold(id).orElseThrow();
            if (hold.status() != QueueStatus.WAITING || hold.team() == null) {
                continue;
            }
            overflow.moveToTenantQueue(id);
            events.publish(new QueueOverflowed(UUID.randomUUID(), now, hold.tenantId(), id, hold.team()));
            changes.record(new QueueKey(hold.tenantId(), hold.team()), new QueueChange.Reordered());
            changes.record(new QueueKey(hold.tenantId(), null), new QueueChange.Returned(id));
            tenants.add(hold.tenantId());
        }
        tenants.forEach(tenant -> wakeups.queueChanged(new QueueKey(tenant, null)));
        return due.size();
    }

    @Override
    public int batchSize() {
        return BATCH;
    }
}
