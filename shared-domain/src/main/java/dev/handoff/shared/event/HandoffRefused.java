package dev.handoff.shared.event;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * A bot asked for a human and was told no one can be reached (decision 0004); no conversation was opened.
 * Published on {@link Topics#HANDOFF_REQUESTS} beside the requests, keyed by bot id, for analytics.
 *
 * @param conversationId the id the bot proposed, or null
 * @param reason {@code OUTSIDE_BUSINESS_HOURS}, {@code HOLIDAY} or {@code DISABLED}
 * @param channel how the visitor was talking, or null
 * @param language the conversation's language (BCP 47), or null
 * @param team the team asked for, or null
 */
public record HandoffRefused(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        BotId botId,
        ConversationId conversationId,
        String reason,
        Channel channel,
        String language,
        TeamId team)
        implements IntegrationEvent {
    @Override
    public String key() {
        return botId.value();
    }
}
