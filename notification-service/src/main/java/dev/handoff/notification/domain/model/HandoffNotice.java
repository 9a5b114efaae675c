package dev.handoff.notification.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What agents are told about a new live chat request. The visitor's words are kept verbatim here;
 * the mail templates escape them.
 *
 * @param visitorName the visitor's name, or "Anonymous"
 * @param messagePreview the start of the visitor's last message to the bot, or null if they wrote none
 */
public record HandoffNotice(
        TenantId tenantId,
        ConversationId conversationId,
        BotId botId,
        String visitorName,
        String messagePreview,
        Instant requestedAt) {
    /** Longest visitor name shown; a longer one is cut, never rejected. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest message preview shown: a preview, not a transcript. */
    public static final int MAX_PREVIEW_LENGTH = 200;

    public HandoffNotice {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        visitorName = visitorName == null || visitorName.isBlank()
                ? VisitorInfo.ANONYMOUS : Text.shorten(visitorName, MAX_NAME_LENGTH);
        messagePreview = messagePreview == null || messagePreview.isBlank()
                ? null : Text.shorten(messagePreview, MAX_PREVIEW_LENGTH);
    }

    /** The notice for a handoff, previewing the visitor's last message in the bot history. */
    public static HandoffNotice of(TenantId tenantId, ConversationId conversationId, BotId botId,
            VisitorInfo visitor, List<HistoryEntry> botHistory, Instant requestedAt) {
        String name = visitor == null ? null : visitor.displayName();
        return new HandoffNotice(tenantId, conversationId, botId, name, lastVisitorMessage(botHistory), requestedAt);
    }

    private static String lastVisitorMessage(List<HistoryEntry> history) {
        if (history == null) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            if (entry.sender() == Sender.VISITOR && !entry.text().isBlank()) {
                return entry.text();
            }
        }
        return null;
    }
}
