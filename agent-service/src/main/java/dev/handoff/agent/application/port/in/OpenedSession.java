package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.shared.model.PresenceStatus;

/**
 * A socket accepted for an agent.
 *
 * @param lastSeq the agent's newest notice when the socket opened: live delivery starts after it
 */
public record OpenedSession(AgentProfile profile, PresenceStatus status, long lastSeq) {}
