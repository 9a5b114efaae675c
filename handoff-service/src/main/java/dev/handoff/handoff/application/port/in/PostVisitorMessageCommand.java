package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;

/**
 * A visitor's message.
 *
 * @param clientMessageId chosen by the client; sending again with the same id is the same message
 */
public record PostVisitorMessageCommand(
        TenantId tenantId, ConversationId conversationId, String clientMessageId, String text) {
    public PostVisitorMessageCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(clientMessageId, "clientMessageId");
        Objects.requireNonNull(text, "text");
    }
}
