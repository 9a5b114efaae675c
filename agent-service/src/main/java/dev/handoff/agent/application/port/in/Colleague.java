package dev.handoff.agent.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.PresenceStatus;
import java.util.Set;

/** Another agent of the tenant, as a transfer dialog offers them. */
public record Colleague(AgentId agentId, String displayName, PresenceStatus status, Set<TeamId> teams) {}
