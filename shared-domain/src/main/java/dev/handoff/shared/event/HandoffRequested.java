package dev.handoff.shared.event;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bot asked for a human. Routing queues it; the agent side learns the visitor and bot history from it.
 *
 * @param language the conversation's language (BCP 47), may be null
 * @param team the team to route to, or null for the whole tenant
 * @param priority higher is served first; 0 is normal
 * @param reason why the bot handed off, free text, may be null
 * @param botDisplayName the name the bot shows visitors and agents (its settings), or null: show the bot id
 * @param botAvatarUrl an http(s) URL of the bot's picture, or null
 * @param channel how the visitor talks to the agent, or null when the producer did not say (older producers)
 */
public record HandoffRequested(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        ConversationId conversationId,
        BotId botId,
        VisitorInfo visitor,
        List<HistoryEntry> botHistory,
        String language,
        TeamId team,
        int priority,
        String reason,
        String botDisplayName,
        String botAvatarUrl,
        Channel channel)
        implements ConversationEvent {
    public HandoffRequested {
        botHistory = botHistory == null ? List.of() : List.copyOf(botHistory);
        visitor = visitor == null ? VisitorInfo.anonymous() : visitor;
    }

    /** A request from a bot without a display name or picture, on a channel not known (optional on the wire). */
    public HandoffRequested(
            UUID eventId,
            Instant occurredAt,
            TenantId tenantId,
            ConversationId conversationId,
            BotId botId,
            VisitorInfo visitor,
            List<HistoryEntry> botHistory,
            String language,
            TeamId team,
            int priority,
            String reason) {
        this(
                eventId,
                occurredAt,
                tenantId,
                conversationId,
                botId,
                visitor,
                botHistory,
                language,
                team,
                priority,
                reason,
                null,
                null,
                null);
    }

    /** A request on a channel not known (the channel is optional on the wire). */
    public HandoffRequested(
            UUID eventId,
            Instant occurredAt,
            TenantId tenantId,
            ConversationId conversationId,
            BotId botId,
            VisitorInfo visitor,
            List<HistoryEntry> botHistory,
            String language,
            TeamId team,
            int priority,
            String reason,
            String botDisplayName,
            String botAvatarUrl) {
        this(
                eventId,
                occurredAt,
                tenantId,
                conversationId,
                botId,
                visitor,
                botHistory,
                language,
                team,
                priority,
                reason,
                botDisplayName,
                botAvatarUrl,
                null);
    }

    /** The name to show for the bot: its display name, else its id. */
    public String botName() {
        return botDisplayName == null || botDisplayName.isBlank() ? botId.value() : botDisplayName;
    }
}
