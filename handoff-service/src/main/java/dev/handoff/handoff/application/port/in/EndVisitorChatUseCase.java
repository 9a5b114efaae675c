package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;

/** The visitor ends the live chat (LIVECHAT_SESSION_END); ending an ended chat changes nothing. */
public interface EndVisitorChatUseCase {
    /** @throws UnknownConversationException if the chat is not the tenant's */
    void end(TenantId tenantId, ConversationId conversationId);
}
