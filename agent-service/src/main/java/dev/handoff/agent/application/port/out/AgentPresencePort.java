package dev.handoff.agent.application.port.out;

import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Agents' presence and their open connections, in PostgreSQL so that every replica counts the same
 * connections. Methods that lock hold the agent's row until the transaction ends.
 */
public interface AgentPresencePort {
    /** The agent's presence, created as a newcomer when absent, locked. */
    AgentPresence lockOrStart(AgentProfile profile);

    /** The agent's presence, locked; empty for an agent never connected. */
    Optional<AgentPresence> lock(AgentId agentId);

    /** The agent's presence, unlocked; empty for an agent never connected. */
    Optional<AgentPresence> find(AgentId agentId);

    /** Agents of the tenant that are connected or were seen since {@code seenSince}, unlocked. */
    List<AgentPresence> connectedOrSeenSince(TenantId tenant, Instant seenSince);

    void save(AgentPresence presence);

    void addConnection(AgentId agentId, String connectionId, Instant now);

    /** Forgets the connection; false if it was already gone (for example taken for lost). */
    boolean removeConnection(String connectionId);

    /** Marks these connections as still held at {@code now}. */
    void confirmConnections(Collection<String> connectionIds, Instant now);

    /** Deletes connections last confirmed before {@code confirmedBefore}; returns their agents, sorted, once each. */
    List<AgentId> removeConnectionsUnconfirmedSince(Instant confirmedBefore);

    /** Agents whose offline grace ended by {@code now}, locked; rows another transaction holds are skipped. */
    List<AgentPresence> lockDueForOffline(Instant now);
}
