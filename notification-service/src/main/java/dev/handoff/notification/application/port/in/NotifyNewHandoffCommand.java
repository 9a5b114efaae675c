package dev.handoff.notification.application.port.in;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A new live chat request to tell agents about.
 *
 * @param eventId the id of the event that announced it; it becomes the notification's id
 */
public record NotifyNewHandoffCommand(
        UUID eventId,
        TenantId tenantId,
        ConversationId conversationId,
        BotId botId,
        VisitorInfo visitor,
        List<HistoryEntry> botHistory,
        Instant requestedAt) {
    public NotifyNewHandoffCommand {
        Objects.requireNonNull(eventId, "eventId");
        botHistory = botHistory == null ? List.of() : List.copyOf(botHistory);
    }
}
