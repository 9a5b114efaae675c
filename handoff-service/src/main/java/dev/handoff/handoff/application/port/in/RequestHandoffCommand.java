package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.VisitorInfo;
import java.util.List;
import java.util.Objects;

/**
 * What a bot sends to hand off.
 *
 * @param conversationId the bot's own id for the conversation, or null to let the platform choose one
 * @param channel how the visitor will talk to the agent, or null if not known
 */
public record RequestHandoffCommand(
        TenantId tenantId,
        BotId botId,
        ConversationId conversationId,
        VisitorInfo visitor,
        List<HistoryEntry> botHistory,
        String language,
        TeamId team,
        int priority,
        String reason,
        Channel channel) {
    public RequestHandoffCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(botId, "botId");
        botHistory = botHistory == null ? List.of() : List.copyOf(botHistory);
    }

    /** A request whose channel is not known. */
    public RequestHandoffCommand(
            TenantId tenantId,
            BotId botId,
            ConversationId conversationId,
            VisitorInfo visitor,
            List<HistoryEntry> botHistory,
            String language,
            TeamId team,
            int priority,
            String reason) {
        this(tenantId, botId, conversationId, visitor, botHistory, language, team, priority, reason, null);
    }
}
