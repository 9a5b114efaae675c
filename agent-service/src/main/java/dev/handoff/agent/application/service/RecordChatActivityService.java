package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.RecordChatActivityUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.ChatChangesPort;
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
 * Stores the messages of chats and tells each chat's holder, in the same transaction, what is written and what the
 * visitor types. Every message, the agents' own included, is numbered here in its partition's order (decision 0082),
 * the order handoff-service shows the visitor; a send waiting for its message is woken by the chat's change.
 */
@ApplicationScoped
public class RecordChatActivityService implements RecordChatActivityUseCase {
    private final AgentConversationPort conversations;
    private final ChatMessagePort messages;
    private final NoticeDistributor board;
    private final ChatChangesPort changes;

    public RecordChatActivityService(
            AgentConversationPort conversations,
            ChatMessagePort messages,
            NoticeDistributor board,
            ChatChangesPort changes) {
        this.conversations = conversations;
        this.messages = messages;
        this.board = board;
        this.changes = changes;
    }

    @Override
    @Transactional
    public void onMessagePosted(MessagePosted e, Translation forHolder, String clientMessageId) {
        // Locked (and created if the handoff is not known yet): the message's sequence is the chat's next one.
        AgentConversation chat = conversations.lockOrStart(e.conversationId(), e.tenantId());
        String key = e.sender() == Sender.AGENT ? clientMessageId : null;
        if (!chat.tenantId().equals(e.tenantId())
                || messages.exists(chat.id(), e.messageId())
                || (key != null && messages.byClientMessageId(chat.id(), key).isPresent())) {
            return;
        }
        ChatMessage message = new ChatMessage(
                chat.id(),
                chat.nextSequence(),
                e.messageId(),
                key,
                e.sender(),
                e.senderId(),
                chat.authorName(e.sender(), e.senderName()),
                e.text(),
                e.language(),
                e.occurredAt(),
                translationOf(e, forHolder));
        messages.add(message);
        conversations.save(chat);
        if (key != null) {
            changes.announce(chat.id()); // wakes the send waiting for this number, on whichever replica
        }
        board.toHolderAndWatchers(
                chat.tenantId(), chat.id(), chat.holder().orElse(null), new AgentNotice.MessageAdded(message));
        if (chat.isPending() && e.sender() == Sender.VISITOR) {
            // Agents looking at the pending list see what the visitor writes while waiting, as they write it.
            PendingHandoff line = PendingHandoff.of(chat)
                    .withVisitorLines(messages.visitorLines(List.of(chat.id())).get(chat.id()));
            board.toAgentsServing(chat.tenantId(), line.team(), new AgentNotice.PendingUpdated(line));
        }
    }

    /** The holder's translation of a visitor's message; an agent's carries the visitor's, made when it was sent. */
    private static Translation translationOf(MessagePosted e, Translation forHolder) {
        return switch (e.sender()) {
            case VISITOR -> forHolder;
            case AGENT -> e.translation();
            default -> null;
        };
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
