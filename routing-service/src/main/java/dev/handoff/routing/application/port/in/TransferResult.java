package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;

/**
 * Where a transferred conversation is now.
 *
 * @param toAgentId its new holder, or null when it went to a queue
 * @param team the queue it waits in when {@code status} is {@code WAITING} (null: tenant-wide)
 */
public record TransferResult(
        ConversationId conversationId, AgentId fromAgentId, AgentId toAgentId, TeamId team, QueueStatus status) {}
