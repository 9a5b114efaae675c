package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;

/** The visitor clicks the end button of the agent's proposal: the chat ends, as ended by the visitor. */
public interface AcceptEndProposalUseCase {
    /**
     * @throws NoEndProposalException if no proposal to end waits for the visitor (none made, or withdrawn)
     * @throws ChatNotOpenException if the chat has ended
     * @throws UnknownConversationException if the chat is not the tenant's
     */
    void accept(TenantId tenantId, ConversationId conversationId);
}
