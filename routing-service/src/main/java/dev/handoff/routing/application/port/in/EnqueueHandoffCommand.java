package dev.handoff.routing.application.port.in;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;

/** A handoff to queue, as requested by the bot at {@code requestedAt}; name and preview are for the queue view. */
public record EnqueueHandoffCommand(
        TenantId tenantId,
        ConversationId conversationId,
        BotId botId,
        TeamId team,
        int priority,
        Instant requestedAt,
        String visitorName,
        String preview) {}
