package dev.handoff.notification.application.port.in;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import java.time.Instant;
import java.util.Objects;

/**
 * A message in a chat.
 *
 * @param senderId the agent id for agent messages, else null
 */
public record ChatMessageCommand(
        TenantId tenantId,
        ConversationId conversationId,
        String messageId,
        Sender sender,
        String senderId,
        String text,
        Instant sentAt) {
    public ChatMessageCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(sentAt, "sentAt");
        text = text == null ? "" : text;
    }
}
