package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.AssignmentCandidatesPort;
import dev.handoff.routing.application.service.InMemoryTables.Load;
import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.routing.domain.model.AssignmentCandidate;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates query over the in-memory presence snapshot and tables. {@link #staleChats} makes it report
 * an outdated chat count, as a read without locks may, to show that the conditional update decides.
 */
final class InMemoryCandidates implements AssignmentCandidatesPort {
    final Map<AgentId, Integer> staleChats = new HashMap<>();
    private final InMemoryPresence presence;
    private final InMemoryTables tables;

    InMemoryCandidates(InMemoryPresence presence, InMemoryTables tables) {
        this.presence = presence;
        this.tables = tables;
    }

    @Override
    public List<AssignmentCandidate> candidatesFor(ConversationId conversation, QueueKey queue, int defaultLimit) {
        return presence.snapshot.values().stream()
                .filter(p -> p.tenantId().equals(queue.tenant()) && p.available())
                .filter(p ->
                        queue.team() == null || p.teams().isEmpty() || p.teams().contains(queue.team()))
                .filter(this::notSetAway)
                .map(p -> candidate(p, conversation, defaultLimit))
                .toList();
    }

    /** Routing asked for the agent to be set away: nothing for them until a newer presence report. */
    private boolean notSetAway(AgentPresence p) {
        Load load = tables.loadOrNull(p.tenantId(), p.agentId());
        return load == null || load.awayRequested == null || load.awayRequested.isBefore(p.changedAt());
    }

    private AssignmentCandidate candidate(AgentPresence p, ConversationId conversation, int defaultLimit) {
        AgentId agent = p.agentId();
        Load load = tables.loadOrNull(p.tenantId(), agent);
        int offers = (int) tables.holds.values().stream()
                .filter(h -> h.tenantId().equals(p.tenantId()))
                .filter(h -> h.offeredTo().filter(agent::equals).isPresent())
                .count();
        return new AssignmentCandidate(
                agent,
                p.displayName(),
                staleChats.getOrDefault(agent, load == null ? 0 : load.active),
                offers,
                load == null || load.ownLimit == null ? defaultLimit : load.ownLimit,
                load == null ? null : load.idleSince,
                tables.passedOver(conversation, agent));
    }
}
