package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.domain.model.ChatActivity;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.VisitorLines;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.model.Sender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chats' live messages and agents' read marks in lists, for use-case tests. */
final class InMemoryChatMessages implements ChatMessagePort {
    private final List<ChatMessage> messages = new ArrayList<>();
    private final Map<String, Long> readMarks = new HashMap<>();

    @Override
    public void add(ChatMessage message) {
        // The table's keys refuse both, so a use case that tried would fail against PostgreSQL too.
        boolean taken = of(message.conversationId()).stream()
                .anyMatch(m -> m.messageId().equals(message.messageId()) || m.sequence() == message.sequence());
        if (taken) {
            throw new IllegalStateException("duplicate message id or sequence " + message.messageId());
        }
        messages.add(message);
    }

    @Override
    public boolean exists(ConversationId conversationId, MessageId messageId) {
        return of(conversationId).stream().anyMatch(m -> m.messageId().equals(messageId));
    }

    @Override
    public Optional<ChatMessage> byClientMessageId(ConversationId conversationId, String clientMessageId) {
        return of(conversationId).stream()
                .filter(m -> clientMessageId.equals(m.clientMessageId()))
                .findFirst();
    }

    @Override
    public List<ChatMessage> of(ConversationId conversationId) {
        return messages.stream()
                .filter(m -> m.conversationId().equals(conversationId))
                .sorted(Comparator.comparingLong(ChatMessage::sequence))
                .toList();
    }

    @Override
    public long readMark(ConversationId conversationId, AgentId agent) {
        return readMarks.getOrDefault(key(conversationId, agent), 0L);
    }

    @Override
    public void raiseReadMark(ConversationId conversationId, AgentId agent, long upToSequence, Instant at) {
        readMarks.merge(key(conversationId, agent), upToSequence, Math::max);
    }

    @Override
    public long unread(ConversationId conversationId, AgentId agent) {
        long mark = readMark(conversationId, agent);
        return of(conversationId).stream()
                .filter(m -> m.sender() == Sender.VISITOR && m.sequence() > mark)
                .count();
    }

    @Override
    public Map<ConversationId, ChatActivity> activity(Collection<ConversationId> conversationIds, AgentId agent) {
        Map<ConversationId, ChatActivity> activity = new HashMap<>();
        conversationIds.forEach(id -> {
            List<ChatMessage> all = of(id);
            activity.put(id, new ChatActivity(all.isEmpty() ? null : all.get(all.size() - 1), unread(id, agent)));
        });
        return activity;
    }

    @Override
    public Map<ConversationId, VisitorLines> visitorLines(Collection<ConversationId> conversationIds) {
        Map<ConversationId, VisitorLines> lines = new HashMap<>();
        conversationIds.forEach(id -> {
            List<ChatMessage> visitor =
                    of(id).stream().filter(m -> m.sender() == Sender.VISITOR).toList();
            if (!visitor.isEmpty()) {
                lines.put(
                        id,
                        new VisitorLines(
                                visitor.size(), visitor.get(visitor.size() - 1).text()));
            }
        });
        return lines;
    }

    private static String key(ConversationId conversationId, AgentId agent) {
        return conversationId.value() + "/" + agent.value();
    }
}
