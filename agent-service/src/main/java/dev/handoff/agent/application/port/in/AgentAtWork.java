package dev.handoff.agent.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.PresenceStatus;
import java.util.Set;

/**
 * An agent of the tenant as supervisors see them.
 *
 * @param teams the teams of their latest console sign-in (empty: they serve every team)
 * @param activeChats the chats they hold now
 */
public record AgentAtWork(
        AgentId agentId,
        String displayName,
        PresenceStatus status,
        Set<TeamId> teams,
        boolean supervisor,
        long activeChats) {}
