package dev.handoff.shared.event;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agent's availability changed; routing keeps a snapshot of it. Keyed by agent id.
 *
 * @param capacity the most chats the agent may hold at once
 * @param languages the languages the agent answers in (BCP 47)
 */
public record PresenceChanged(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        AgentId agentId,
        String displayName,
        PresenceStatus status,
        int capacity,
        List<TeamId> teams,
        List<String> languages)
        implements IntegrationEvent {
    public PresenceChanged {
        teams = teams == null ? List.of() : List.copyOf(teams);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    @Override
    public String key() {
        return agentId.value();
    }
}
