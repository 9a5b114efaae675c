package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.application.service.InMemoryAgentTables.Connection;
import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Presence and connections in memory, for use-case tests. As the adapter, every read is a fresh copy whose
 * connection count is counted from the connections, so a change the use case does not save is lost.
 */
final class InMemoryPresence implements AgentPresencePort {
    private final InMemoryAgentTables tables;

    InMemoryPresence(InMemoryAgentTables tables) {
        this.tables = tables;
    }

    /** The agent opened a console, as opening a session leaves them. */
    void connect(AgentProfile profile, String connectionId, Instant now) {
        AgentPresence presence = lockOrStart(profile);
        addConnection(profile.agentId(), connectionId, now);
        presence.connected(profile, now);
        save(presence);
    }

    Set<String> connectionIds() {
        return Set.copyOf(tables.connections.keySet());
    }

    @Override
    public AgentPresence lockOrStart(AgentProfile profile) {
        tables.presences.computeIfAbsent(profile.agentId(), a -> AgentPresence.newcomer(profile));
        return lock(profile.agentId()).orElseThrow();
    }

    @Override
    public Optional<AgentPresence> lock(AgentId agentId) {
        return Optional.ofNullable(tables.presences.get(agentId)).map(this::copy);
    }

    @Override
    public Optional<AgentPresence> find(AgentId agentId) {
        return lock(agentId);
    }

    @Override
    public List<AgentPresence> connectedOrSeenSince(TenantId tenant, Instant seenSince) {
        return tables.presences.values().stream()
                .filter(p -> p.profile().tenantId().equals(tenant))
                .map(this::copy)
                .filter(p -> p.reachableSince(seenSince))
                .toList();
    }

    @Override
    public void save(AgentPresence presence) {
        AgentId agentId = presence.profile().agentId();
        if (!tables.presences.containsKey(agentId)) {
            throw new IllegalStateException("no presence row for " + agentId);
        }
        tables.presences.put(agentId, copy(presence));
    }

    @Override
    public void addConnection(AgentId agentId, String connectionId, Instant now) {
        if (!tables.presences.containsKey(agentId)) {
            throw new IllegalStateException("a connection needs the agent's presence row: " + agentId);
        }
        tables.connections.put(connectionId, new Connection(agentId, now));
    }

    @Override
    public boolean removeConnection(String connectionId) {
        return tables.connections.remove(connectionId) != null;
    }

    @Override
    public void confirmConnections(Collection<String> connectionIds, Instant now) {
        connectionIds.forEach(
                id -> tables.connections.computeIfPresent(id, (key, c) -> new Connection(c.agentId(), now)));
    }

    @Override
    public List<AgentId> removeConnectionsUnconfirmedSince(Instant confirmedBefore) {
        List<Map.Entry<String, Connection>> stale = tables.connections.entrySet().stream()
                .filter(e -> e.getValue().confirmedAt().isBefore(confirmedBefore))
                .toList();
        List<AgentId> agents = stale.stream()
                .map(e -> e.getValue().agentId())
                .distinct()
                .sorted(InMemoryAgentTables.BY_ID)
                .toList();
        stale.forEach(e -> tables.connections.remove(e.getKey()));
        return agents;
    }

    @Override
    public List<AgentPresence> lockDueForOffline(Instant now) {
        return tables.presences.values().stream()
                .filter(p -> p.status() != PresenceStatus.OFFLINE)
                .filter(p -> p.offlineDueAt().filter(due -> !due.isAfter(now)).isPresent())
                .map(this::copy)
                .toList();
    }

    private AgentPresence copy(AgentPresence p) {
        AgentId agentId = p.profile().agentId();
        long connections = tables.connections.values().stream()
                .filter(c -> c.agentId().equals(agentId))
                .count();
        return new AgentPresence(
                p.profile(),
                p.status(),
                (int) connections,
                p.lastSeenAt().orElse(null),
                p.offlineDueAt().orElse(null));
    }
}
