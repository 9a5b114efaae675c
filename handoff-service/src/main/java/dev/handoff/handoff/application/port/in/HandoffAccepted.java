package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;
import java.time.Instant;

/**
 * The outcome of a handoff request.
 *
 * @param created false when the request repeated one already accepted (a retry by the bot)
 * @param visitorToken lets the visitor's widget into this chat over {@code /ws/visitor}
 * @param queuePosition the request's place among the waiting ones of its queue (1 is next)
 * @param estimatedWaitSeconds from routing's latest pace for that queue; null when it has none yet
 */
public record HandoffAccepted(
        ConversationId conversationId,
        Instant requestedAt,
        boolean created,
        String visitorToken,
        int queuePosition,
        Long estimatedWaitSeconds) {}
