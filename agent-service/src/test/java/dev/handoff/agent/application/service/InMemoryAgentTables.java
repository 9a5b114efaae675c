package dev.handoff.agent.application.service;

import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.shared.id.AgentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows the presence and notice fakes share, as their adapters share {@code agent_presence}: an agent's notices
 * are numbered on their presence row, so only an agent who ever connected has any.
 */
final class InMemoryAgentTables {
    static final Comparator<AgentId> BY_ID = Comparator.comparing(AgentId::value);

    /** Presence rows by agent; the connection count of a stored presence is not read (connections are). */
    final Map<AgentId, AgentPresence> presences = new TreeMap<>(BY_ID);

    final Map<String, Connection> connections = new HashMap<>();
    final Map<AgentId, Long> lastSeqs = new HashMap<>();
    final Map<AgentId, List<StoredNotice>> notices = new HashMap<>();

    record Connection(AgentId agentId, Instant confirmedAt) {}

    record StoredNotice(SequencedNotice notice, Instant at) {}

    List<StoredNotice> noticesOf(AgentId agentId) {
        return notices.computeIfAbsent(agentId, a -> new ArrayList<>());
    }
}
