package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AssignmentCandidatesPort;
import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.routing.domain.model.AssignmentCandidate;
import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates query over the in-memory presence snapshot and loads. {@link #staleChats} makes it report
 * an outdated chat count, as a read without locks may, to show that the conditional update decides.
 */
final class InMemoryCandidates implements AssignmentCandidatesPort {
    final Map<AgentId, Integer> staleChats = new HashMap<>();
    private final InMemoryPresence presence;
    private final InMemoryClaimPorts ports;

    InMemoryCandidates(InMemoryPresence presence, InMemoryClaimPorts ports) {
        this.presence = presence;
        this.ports = ports;
    }

    @Override
    public List<AssignmentCandidate> candidatesFor(ConversationId conversation, QueueKey queue, int defaultLimit) {
        return presence.snapshot.values().stream()
                .filter(p -> p.tenantId().equals(queue.tenant()) && p.available())
                .filter(p ->
                        queue.team() == null || p.teams().isEmpty() || p.teams().contains(queue.team()))
                .map(p -> candidate(p, conversation, defaultLimit))
                .toList();
    }

    private AssignmentCandidate candidate(AgentPresence p, ConversationId conversation, int defaultLimit) {
        AgentId agent = p.agentId();
        int offers = (int) ports.holds.values().stream()
                .filter(h -> h.offeredTo().filter(agent::equals).isPresent())
                .map(ConversationHold::conversationId)
                .count();
        return new AssignmentCandidate(
                agent,
                p.displayName(),
                staleChats.getOrDefault(agent, ports.active.getOrDefault(agent, 0)),
                offers,
                ports.limitOf(p.tenantId(), agent, defaultLimit),
                ports.idleSince.get(agent),
                ports.passedOver(conversation, agent));
    }
}
