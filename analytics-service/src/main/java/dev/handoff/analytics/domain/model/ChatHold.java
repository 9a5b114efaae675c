package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.AgentId;
import java.time.Instant;

/**
 * A stretch of time an agent held a chat: from its assignment to its transfer, requeue or end.
 *
 * @param to null while it lasts
 */
public record ChatHold(AgentId agentId, Instant from, Instant to) {}
