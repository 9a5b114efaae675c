package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.AgentPresence;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.Optional;

/** The presence snapshot: the newest status routing heard of for each agent. */
public interface AgentPresencePort {
    /** The agent's snapshot, its row locked until the transaction ends, so reports of one agent apply one at a time. */
    Optional<AgentPresence> lock(TenantId tenant, AgentId agent);

    /** The agent's snapshot as last committed, without waiting on anyone. */
    Optional<AgentPresence> find(TenantId tenant, AgentId agent);

    /** Stores the snapshot unless a newer one got there first. */
    void save(AgentPresence presence);
}
