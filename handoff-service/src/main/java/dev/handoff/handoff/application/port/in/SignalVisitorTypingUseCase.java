package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;

/** A visitor started or stopped typing; ephemeral, dropped when the chat is over. */
public interface SignalVisitorTypingUseCase {
    /** @throws UnknownConversationException if the chat is not the tenant's */
    void typing(TenantId tenantId, ConversationId conversationId, boolean typing);
}
