package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.ClaimQueuePort;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Holds on the in-memory queue rows, for use-case tests; a lock is a read, as tests run on one thread. */
final class InMemoryClaimQueue implements ClaimQueuePort {
    private final InMemoryTables tables;

    InMemoryClaimQueue(InMemoryTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<ConversationHold> lockHold(ConversationId conversationId) {
        return Optional.ofNullable(tables.holds.get(conversationId));
    }

    /** A row a test made without an arrival time reads as queued just now: no wait. */
    @Override
    public Instant assign(ConversationId id, AgentId agent, String agentDisplayName, Instant at) {
        ConversationHold h = tables.expect(id, Set.of(QueueStatus.WAITING, QueueStatus.OFFERED));
        tables.replace(id, h.team(), QueueStatus.ASSIGNED, agent, null, agentDisplayName);
        return tables.arrivals.getOrDefault(id, at);
    }

    @Override
    public void end(ConversationId id, Instant at) {
        if (tables.holds.containsKey(id)) {
            tables.replace(id, tables.holds.get(id).team(), QueueStatus.ENDED, null, null, null);
        }
        // Who turned it down matters only while it can still be offered.
        tables.passedOver.keySet().removeIf(key -> key.startsWith(id.value() + "/"));
    }

    @Override
    public void reassign(ConversationId id, AgentId agent, String agentDisplayName, Instant at) {
        ConversationHold h = tables.expect(id, Set.of(QueueStatus.ASSIGNED));
        tables.replace(id, h.team(), QueueStatus.ASSIGNED, agent, null, agentDisplayName);
    }

    @Override
    public void returnToQueue(ConversationId id, TeamId team) {
        tables.expect(id, Set.of(QueueStatus.ASSIGNED));
        tables.replace(id, team, QueueStatus.WAITING, null, null, null);
    }

    @Override
    public List<ConversationId> inHandsOf(TenantId tenant, AgentId agent, boolean heldToo) {
        return tables.holds.values().stream()
                .filter(h -> h.tenantId().equals(tenant))
                .filter(h -> h.offeredTo().filter(agent::equals).isPresent() || heldToo && agent.equals(h.holder()))
                .map(ConversationHold::conversationId)
                .toList();
    }
}
