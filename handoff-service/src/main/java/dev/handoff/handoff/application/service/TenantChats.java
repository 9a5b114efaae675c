package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.UnknownConversationException;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Optional;

/** A chat as its tenant sees it: another tenant's chat is as unknown as one that does not exist, nothing leaks. */
final class TenantChats {
    private TenantChats() {}

    static Conversation require(Optional<Conversation> found, TenantId tenantId, ConversationId conversationId) {
        return found.filter(c -> c.tenantId().equals(tenantId))
                .orElseThrow(() -> new UnknownConversationException(conversationId));
    }
}
