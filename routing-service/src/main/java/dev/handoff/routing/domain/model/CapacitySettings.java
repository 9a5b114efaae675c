package dev.handoff.routing.domain.model;

import dev.handoff.shared.id.AgentId;
import java.util.Map;
import java.util.Objects;

/**
 * How many chats agents of a tenant may hold at once.
 *
 * @param defaultMaxChats for agents without a limit of their own
 * @param agents each agent routing knows of: their own limit (null: the default) and chats held now
 */
public record CapacitySettings(int defaultMaxChats, Map<AgentId, AgentCapacity> agents) {
    public CapacitySettings {
        if (defaultMaxChats < 0) {
            throw new IllegalArgumentException("defaultMaxChats must not be negative");
        }
        agents = Map.copyOf(Objects.requireNonNull(agents, "agents"));
    }

    /** One agent's own limit (null: the tenant default) and the chats they hold now. */
    public record AgentCapacity(Integer maxChats, int activeChats) {}
}
