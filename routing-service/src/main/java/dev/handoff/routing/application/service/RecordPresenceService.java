package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.RecordPresenceCommand;
import dev.handoff.routing.application.port.in.RecordPresenceUseCase;
import dev.handoff.routing.application.port.out.AgentPresencePort;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.application.port.out.QueueChangesPort;
import dev.handoff.routing.application.port.out.UnavailableAgentPolicyPort;
import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Keeps the presence snapshot. An agent who goes away or offline loses their open offers at once and, where
 * the tenant wants it, their chats; an agent who comes online (or changes teams) may take waiting conversations.
 * The agent's presence row is locked first; no other transaction waits for a presence row while holding
 * conversation or load rows (transfers and auto-assignment only read it), so this cannot close a lock cycle.
 */
@ApplicationScoped
public class RecordPresenceService implements RecordPresenceUseCase {
    private final AgentPresencePort presences;
    private final UnavailableAgentPolicyPort policy;
    private final AgentChatsRequeuer requeuer;
    private final AssignmentWakeupPort wakeups;
    private final QueueChangesPort changes;

    public RecordPresenceService(
            AgentPresencePort presences,
            UnavailableAgentPolicyPort policy,
            AgentChatsRequeuer requeuer,
            AssignmentWakeupPort wakeups,
            QueueChangesPort changes) {
        this.presences = presences;
        this.policy = policy;
        this.requeuer = requeuer;
        this.wakeups = wakeups;
        this.changes = changes;
    }

    @Override
    @Transactional
    public void onPresenceChanged(RecordPresenceCommand command) {
        TenantId tenant = command.tenantId();
        AgentPresence report = AgentPresence.firstReport(
                tenant,
                command.agentId(),
                command.displayName(),
                command.status(),
                command.teams(),
                command.occurredAt());
        Optional<AgentPresence> current = presences.lock(tenant, command.agentId());
        Optional<AgentPresence> next =
                current.isEmpty() ? Optional.of(report) : current.get().updatedBy(report);
        if (next.isEmpty()) {
            return;
        }
        AgentPresence now = next.get();
        presences.save(now);
        if (current.isEmpty()
                || current.get().status() != now.status()
                || !current.get().teams().equals(now.teams())) {
            // Who is online decides what waiting visitors are told (nobody there, busy, a wait): tell them again.
            changes.recordEveryQueueInLine(tenant);
        }
        if (!now.available()) {
            requeuer.takeBackFrom(
                    tenant,
                    now.agentId(),
                    now.unavailabilityReason(),
                    policy.onAgentUnavailable(tenant).requeuesChatsOf(now));
        } else if (current.isEmpty()
                || !current.get().available()
                || !current.get().teams().equals(now.teams())) {
            wakeups.agentsChanged(tenant);
        }
    }
}
