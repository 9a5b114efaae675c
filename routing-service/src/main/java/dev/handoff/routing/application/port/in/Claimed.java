package dev.handoff.routing.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;

/**
 * The claimant now holds the conversation.
 *
 * @param retry true when they already held it before this claim
 */
public record Claimed(ConversationId conversationId, AgentId agentId, boolean retry) {}
