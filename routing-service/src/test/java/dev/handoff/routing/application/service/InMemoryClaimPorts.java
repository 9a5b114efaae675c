package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AgentLoadPort;
import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.application.port.out.QueueOrderPort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Queue holds and agent loads in maps, for use-case tests; insertion order is serving order. */
final class InMemoryClaimPorts implements ClaimQueuePort, QueueOrderPort, AgentLoadPort {
    final Map<ConversationId, ConversationHold> holds = new LinkedHashMap<>();
    final Map<AgentId, Integer> active = new HashMap<>();

    void waiting(String id, TenantId tenant, TeamId team) {
        holds.put(ConversationId.of(id), new ConversationHold(ConversationId.of(id), tenant, team, 0, QueueStatus.WAITING, null));
    }

    /** A conversation the agent holds, with the slot it takes. */
    void held(String id, TenantId tenant, TeamId team, String agent) {
        holds.put(ConversationId.of(id), new ConversationHold(ConversationId.of(id), tenant, team, 0, QueueStatus.ASSIGNED,
                AgentId.of(agent)));
        active.merge(AgentId.of(agent), 1, Integer::sum);
    }

    ConversationHold hold(String id) {
        return holds.get(ConversationId.of(id));
    }

    @Override
    public Optional<ConversationHold> lockHold(ConversationId conversationId) {
        return Optional.ofNullable(holds.get(conversationId));
    }

    @Override
    public void assign(ConversationId id, AgentId agent, Instant at) {
        ConversationHold h = holds.get(id);
        holds.put(id, new ConversationHold(id, h.tenantId(), h.team(), h.priority(), QueueStatus.ASSIGNED, agent));
    }

    @Override
    public void end(ConversationId id, Instant at) {
        ConversationHold h = holds.get(id);
        holds.put(id, new ConversationHold(id, h.tenantId(), h.team(), h.priority(), QueueStatus.ENDED, null));
    }

    @Override
    public void reassign(ConversationId id, AgentId agent, Instant at) {
        ConversationHold h = holds.get(id);
        holds.put(id, new ConversationHold(id, h.tenantId(), h.team(), h.priority(), QueueStatus.ASSIGNED, agent));
    }

    @Override
    public void returnToQueue(ConversationId id, TeamId team) {
        // Replacing a key keeps its place in a LinkedHashMap: the original place in serving order.
        ConversationHold h = holds.get(id);
        holds.put(id, new ConversationHold(id, h.tenantId(), team, h.priority(), QueueStatus.WAITING, null));
    }

    @Override
    public List<ConversationId> heldBy(TenantId tenant, AgentId agent) {
        return holds.values().stream().filter(h -> h.tenantId().equals(tenant) && agent.equals(h.holder()))
                .map(ConversationHold::conversationId).toList();
    }

    @Override
    public List<ConversationId> waitingIn(TenantId tenant, TeamId team) {
        return holds.values().stream().filter(h -> h.status() == QueueStatus.WAITING)
                .filter(h -> h.tenantId().equals(tenant) && Objects.equals(h.team(), team))
                .map(ConversationHold::conversationId).toList();
    }

    @Override
    public boolean tryTakeSlot(TenantId tenant, AgentId agent, int defaultLimit) {
        int now = active.getOrDefault(agent, 0);
        if (now >= defaultLimit) {
            return false;
        }
        active.put(agent, now + 1);
        return true;
    }

    @Override
    public void releaseSlot(TenantId tenant, AgentId agent) {
        active.computeIfPresent(agent, (a, n) -> Math.max(0, n - 1));
    }

    @Override
    public int limitOf(TenantId tenant, AgentId agent, int defaultLimit) {
        return defaultLimit;
    }
}
