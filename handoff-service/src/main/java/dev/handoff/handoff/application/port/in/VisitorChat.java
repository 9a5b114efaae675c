package dev.handoff.handoff.application.port.in;

import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;

/**
 * A live chat a visitor has been let into.
 *
 * @param deliveredSequence the last feed entry handed to a Socket.IO client of this chat (0 if none): Botlhale
 *     clients do not say what they saw, so a rejoin continues after what was handed out
 */
public record VisitorChat(
        TenantId tenantId,
        BotId botId,
        ConversationId conversationId,
        ConversationStatus status,
        long deliveredSequence) {}
