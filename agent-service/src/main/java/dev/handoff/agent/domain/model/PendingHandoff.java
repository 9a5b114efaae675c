package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import java.time.Instant;

/**
 * One line of the Pending requests list.
 *
 * @param visitorName the visitor's name, or "Anonymous"
 * @param preview the visitor's last message, or null
 * @param botName the bot's display name, else its id
 * @param botAvatarUrl the bot's picture, or null
 */
public record PendingHandoff(
        ConversationId conversationId,
        String visitorName,
        BotId botId,
        Instant waitingSince,
        String preview,
        int priority,
        TeamId team,
        String botName,
        String botAvatarUrl) {
    /** The list line of a pending conversation. */
    public static PendingHandoff of(AgentConversation conversation) {
        HandoffDetails d = conversation.details().orElseThrow(() -> new IllegalStateException("not pending"));
        return new PendingHandoff(conversation.id(), d.visitor().displayName(), d.botId(), d.requestedAt(),
                d.lastVisitorMessage(), d.priority(), d.team(), d.botName(), d.botAvatarUrl());
    }
}
