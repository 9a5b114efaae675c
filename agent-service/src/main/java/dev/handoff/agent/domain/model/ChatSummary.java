package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;

/**
 * One line of the Active chats list.
 *
 * @param botId null while the handoff's details are unknown
 * @param botName the bot's display name, else its id; null while the handoff's details are unknown
 * @param since when the agent got the chat
 * @param preview the newest message (live, else the bot history's last line), shortened; may be null
 * @param lastMessageAt when the newest live message was sent, or null
 */
public record ChatSummary(
        ConversationId conversationId,
        String visitorName,
        BotId botId,
        Instant since,
        String preview,
        Instant lastMessageAt,
        long unread,
        String subject,
        String botName) {
    /** How much of the newest message the list shows. */
    public static final int PREVIEW_LENGTH = 140;

    public static ChatSummary of(AgentConversation chat, ChatActivity activity) {
        ChatMessage last = activity.lastMessage();
        String preview = last != null
                ? last.text()
                : chat.details()
                        .map(d -> d.botHistory().isEmpty()
                                ? null
                                : d.botHistory().get(d.botHistory().size() - 1))
                        .map(HistoryEntry::text)
                        .orElse(null);
        return new ChatSummary(
                chat.id(),
                chat.details()
                        .map(HandoffDetails::visitor)
                        .orElse(VisitorInfo.anonymous())
                        .displayName(),
                chat.details().map(HandoffDetails::botId).orElse(null),
                chat.stateSince().orElse(null),
                Texts.cut(preview, PREVIEW_LENGTH),
                last == null ? null : last.sentAt(),
                activity.unread(),
                chat.subject().orElse(null),
                chat.details().map(HandoffDetails::botName).orElse(null));
    }
}
