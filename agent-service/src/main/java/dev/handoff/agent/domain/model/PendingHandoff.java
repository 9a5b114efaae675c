package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import java.time.Instant;

/**
 * One line of the Pending requests list.
 *
 * @param visitorName the visitor's name, or "Anonymous"
 * @param preview the visitor's last message (written while waiting, else to the bot), or null
 * @param botName the bot's display name, else its id
 * @param botAvatarUrl the bot's picture, or null
 * @param waitingMessages how many messages the visitor wrote since the handoff, while nobody held the chat
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
        String botAvatarUrl,
        int waitingMessages) {
    /** The list line of a pending conversation. */
    public static PendingHandoff of(AgentConversation conversation) {
        HandoffDetails d = conversation.details().orElseThrow(() -> new IllegalStateException("not pending"));
        return new PendingHandoff(
                conversation.id(),
                d.visitor().displayName(),
                d.botId(),
                d.requestedAt(),
                d.lastVisitorMessage(),
                d.priority(),
                d.team(),
                d.botName(),
                d.botAvatarUrl(),
                0);
    }

    /** This line with what the visitor wrote while waiting: their last line and how many; none changes nothing. */
    public PendingHandoff withVisitorLines(VisitorLines lines) {
        if (lines == null || lines.count() == 0) {
            return this;
        }
        return new PendingHandoff(
                conversationId,
                visitorName,
                botId,
                waitingSince,
                lines.last(),
                priority,
                team,
                botName,
                botAvatarUrl,
                (int) Math.min(Integer.MAX_VALUE, lines.count()));
    }
}
