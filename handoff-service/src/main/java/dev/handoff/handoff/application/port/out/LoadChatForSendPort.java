package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import java.util.Optional;

/** Reads what a visitor's send needs of its chat, and whether the message is already in the chat's feed. */
public interface LoadChatForSendPort {
    /** The chat {@code conversationId} as a send of {@code messageId} sees it, or empty if there is no such chat. */
    Optional<ChatForSend> forSend(ConversationId conversationId, MessageId messageId);

    /**
     * @param visitorName the name the bot gave, or null
     * @param messageStored whether the chat's feed already holds {@code messageId}
     */
    record ChatForSend(
            TenantId tenantId, ConversationStatus status, String visitorName, String language, boolean messageStored) {
        public boolean isActive() {
            return status.isActive();
        }

        /** The sender's name on the message, as {@link VisitorInfo#displayName()} gives it. */
        public String visitorDisplayName() {
            return new VisitorInfo(visitorName, null, null, null).displayName();
        }
    }
}
