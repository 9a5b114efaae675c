package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.ChatMessageCommand;
import dev.handoff.notification.application.port.in.SelectChatMessagesUseCase;
import dev.handoff.notification.application.port.out.ChatInterestPort;
import dev.handoff.notification.application.port.out.ChatInterestPort.ChatInterest;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Most chat messages change nothing here: only a visitor's message in a chat whose agent is away can open or join a
 * batch, and only an agent's message in a chat with an open batch can drop one. One read for the whole poll tells
 * which; the rest are never applied, so they cost no transaction and no inbox row. The read takes no lock: a change
 * racing with it is one the message could as well have missed by arriving a moment earlier, since presence and
 * lifecycle come on other topics in their own order. What passes is checked again under the locks by
 * {@link CollectChatMessageService}, so letting through too much is harmless.
 */
@ApplicationScoped
public class SelectChatMessagesService implements SelectChatMessagesUseCase {
    private final ChatInterestPort chats;

    public SelectChatMessagesService(ChatInterestPort chats) {
        this.chats = chats;
    }

    @Override
    public List<ChatMessageCommand> worthCollecting(List<ChatMessageCommand> messages) {
        List<ChatMessageCommand> candidates = messages.stream()
                .filter(m -> m.sender() == Sender.VISITOR || m.sender() == Sender.AGENT)
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<ConversationId, ChatInterest> interest = chats.interest(
                candidates.stream().map(ChatMessageCommand::conversationId).collect(Collectors.toSet()));
        // A visitor's message let through earlier in this poll may open a batch the agent's next message must drop.
        Set<ConversationId> passing = new HashSet<>();
        List<ChatMessageCommand> kept = new ArrayList<>();
        for (ChatMessageCommand message : candidates) {
            ChatInterest chat = interest.get(message.conversationId());
            if (chat != null
                    && (passing.contains(message.conversationId())
                            || (message.sender() == Sender.VISITOR ? chat.agentAway() : chat.openBatch()))) {
                passing.add(message.conversationId());
                kept.add(message);
            }
        }
        kept.sort(Comparator.comparing(m -> m.conversationId().value())); // stable: each chat keeps its order
        return kept;
    }
}
