package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Objects;

/**
 * Follow a chat's feed from just after {@code afterSequence}.
 *
 * @param rememberDelivery record each handed-out entry as the chat's delivered sequence (Socket.IO clients, which
 *     cannot say where to resume)
 */
public record WatchVisitorFeedCommand(
        TenantId tenantId, ConversationId conversationId, long afterSequence, boolean rememberDelivery) {
    public WatchVisitorFeedCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(conversationId, "conversationId");
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must not be negative");
        }
    }
}
