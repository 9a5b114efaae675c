package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.RecordChatActivityUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.PendingHandoff;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Stores the messages of chats and tells each chat's holder, in the same transaction, what the visitor writes
 * and types. Agents' own messages come back from Kafka too: they are stored already and dropped by message id.
 */
@ApplicationScoped
public class RecordChatActivityService implements RecordChatActivityUseCase {
    private final AgentConversationPort conversations;
    private final ChatMessagePort messages;
    private final NoticeDistributor board;

    public RecordChatActivityService(
            AgentConversationPort conversations, ChatMessagePort messages, NoticeDistributor board) {
        this.conversations = conversations;
        this.messages = messages;
        this.board = board;
    }

    @Override
    @Transactional
    public void onMessagePosted(MessagePosted e, Translation forHolder) {
        // Locked (and created if the handoff is not known yet): the message's sequence is the chat's next one.
        AgentConversation chat = conversations.lockOrStart(e.conversationId(), e.tenantId());
        if (!chat.tenantId().equals(e.tenantId()) || messages.exists(chat.id(), e.messageId())) {
            return;
        }
        ChatMessage message = new ChatMessage(
                chat.id(),
                chat.nextSequence(),
                e.messageId(),
                null,
                e.sender(),
                e.senderId(),
                chat.authorName(e.sender(), e.senderName()),
                e.text(),
                e.language(),
                e.occurredAt(),
                e.sender() == Sender.VISITOR ? forHolder : null);
        messages.add(message);
        conversations.save(chat);
        board.toHolderAndWatchers(
                chat.tenantId(), chat.id(), chat.holder().orElse(null), new AgentNotice.MessageAdded(message));
        if (chat.isPending() && e.sender() == Sender.VISITOR) {
            // Agents looking at the pending list see what the visitor writes while waiting, as they write it.
            PendingHandoff line = PendingHandoff.of(chat)
                    .withVisitorLines(messages.visitorLines(List.of(chat.id())).get(chat.id()));
            board.toAgentsServing(chat.tenantId(), line.team(), new AgentNotice.PendingUpdated(line));
        }
    }

    @Override
    @Transactional
    public void onTyping(Typing e) {
        if (e.sender() != Sender.VISITOR) {
            return; // agents' typing is what this service announced itself
        }
        conversations
                .find(e.conversationId())
                .filter(c -> c.tenantId().equals(e.tenantId()))
                .filter(c -> c.holder().isPresent())
                .ifPresent(c -> board.toHolderAndWatchers(
                        e.tenantId(),
                        c.id(),
                        c.holder().orElseThrow(),
                        new AgentNotice.TypingChanged(e.conversationId(), e.typing())));
    }
}
