package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.ChatMessage;

/**
 * The message an agent sent.
 *
 * @param created false when the client message id was used before: this is the message sent then, and
 *     nothing was published again
 */
public record SentMessage(ChatMessage message, boolean created) {}
