package dev.handoff.handoffservice.application.port.in;

import dev.handoff.shared.id.ConversationId;
import java.time.Instant;

/**
 * The outcome of a handoff request.
 *
 * @param created false when the request repeated one already accepted (a retry by the bot)
 */
public record HandoffAccepted(ConversationId conversationId, Instant requestedAt, boolean created) {
}
