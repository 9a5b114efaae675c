package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.UnknownConversationException;
import dev.handoff.handoff.application.port.out.LoadChatForSendPort.ChatForSend;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.Optional;
import java.util.function.Function;

/** A chat as its tenant sees it: another tenant's chat is as unknown as one that does not exist, nothing leaks. */
final class TenantChats {
    private TenantChats() {}

    static Conversation require(Optional<Conversation> found, TenantId tenantId, ConversationId conversationId) {
        return require(found, Conversation::tenantId, tenantId, conversationId);
    }

    static ChatForSend requireForSend(Optional<ChatForSend> found, TenantId tenantId, ConversationId conversationId) {
        return require(found, ChatForSend::tenantId, tenantId, conversationId);
    }

    private static <T> T require(
            Optional<T> found, Function<T, TenantId> tenantOf, TenantId tenantId, ConversationId conversationId) {
        return found.filter(c -> tenantOf.apply(c).equals(tenantId))
                .orElseThrow(() -> new UnknownConversationException(conversationId));
    }
}
