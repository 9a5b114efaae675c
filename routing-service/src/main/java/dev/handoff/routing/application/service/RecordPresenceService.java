package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.RecordPresenceCommand;
import dev.handoff.routing.application.port.in.RecordPresenceUseCase;
import dev.handoff.routing.application.port.out.AgentPresencePort;
import dev.handoff.routing.application.port.out.UnavailableAgentPolicyPort;
import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Keeps the presence snapshot and, where the tenant wants it, frees the chats of agents who left.
 * The agent's presence row is locked first; no other transaction waits for a presence row while
 * holding conversation or load rows (transfers only read it), so this cannot close a lock cycle.
 */
@ApplicationScoped
public class RecordPresenceService implements RecordPresenceUseCase {
    private final AgentPresencePort presences;
    private final UnavailableAgentPolicyPort policy;
    private final AgentChatsRequeuer requeuer;

    public RecordPresenceService(AgentPresencePort presences, UnavailableAgentPolicyPort policy,
            AgentChatsRequeuer requeuer) {
        this.presences = presences;
        this.policy = policy;
        this.requeuer = requeuer;
    }

    @Override
    @Transactional
    public void onPresenceChanged(RecordPresenceCommand command) {
        TenantId tenant = command.tenantId();
        AgentPresence report = AgentPresence.firstReport(tenant, command.agentId(), command.displayName(),
                command.status(), command.teams(), command.occurredAt());
        Optional<AgentPresence> current = presences.lock(tenant, command.agentId());
        Optional<AgentPresence> next = current.isEmpty() ? Optional.of(report) : current.get().updatedBy(report);
        if (next.isEmpty()) {
            return;
        }
        AgentPresence now = next.get();
        presences.save(now);
        if (policy.onAgentUnavailable(tenant).requeuesChatsOf(now)) {
            requeuer.requeueAllOf(tenant, now.agentId(), now.unavailabilityReason());
        }
    }
}
