package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.SignalVisitorTypingUseCase;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.application.port.out.SendChatEventNowPort;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** Passes a visitor's typing to the agent while the chat is open. */
@ApplicationScoped
public class SignalVisitorTypingService implements SignalVisitorTypingUseCase {
    private final LoadConversationPort conversations;
    private final SendChatEventNowPort kafka;
    private final Clock clock;

    public SignalVisitorTypingService(LoadConversationPort conversations, SendChatEventNowPort kafka, Clock clock) {
        this.conversations = conversations;
        this.kafka = kafka;
        this.clock = clock;
    }

    @Override
    public void typing(TenantId tenantId, ConversationId conversationId, boolean typing) {
        TenantChats.require(conversations.load(conversationId), tenantId, conversationId);
        kafka.send(new Typing(UUID.randomUUID(), clock.instant(), tenantId, conversationId, Sender.VISITOR, typing));
    }
}
