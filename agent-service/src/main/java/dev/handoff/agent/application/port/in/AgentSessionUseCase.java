package dev.handoff.agent.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.model.PresenceStatus;
import java.util.Collection;

/** Console connections of agents, which their presence follows across every replica. */
public interface AgentSessionUseCase {
    /** Redeems the ticket and counts the connection; throws {@link TicketRejectedException}. */
    OpenedSession open(OpenSessionCommand command);

    /** Forgets a connection; the agent's last one starts the offline grace period. */
    void close(AgentId agentId, String connectionId);

    /** The agent chose ONLINE or AWAY. */
    void choose(AgentId agentId, PresenceStatus status);

    /** Confirms that this replica still holds these connections, so they are not taken for lost. */
    void heartbeat(Collection<String> connectionIds);
}
