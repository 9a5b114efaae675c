package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.application.port.out.PublishChatEventsPort;
import dev.handoff.agent.application.port.out.QuickReplyPort;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.ChatActivity;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import dev.handoff.agent.domain.model.VisitorLines;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Conversations, messages, read marks and quick replies in memory, with what would have been published. */
final class InMemoryChatPorts implements AgentConversationPort, ChatMessagePort, QuickReplyPort, PublishChatEventsPort {
    final Map<ConversationId, AgentConversation> conversations = new LinkedHashMap<>();
    final List<ChatMessage> messages = new ArrayList<>();
    final Map<String, Long> readMarks = new HashMap<>();
    final Map<UUID, QuickReply> replies = new LinkedHashMap<>();
    final List<ConversationEvent> published = new ArrayList<>();

    <T extends ConversationEvent> List<T> published(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    // --- conversations
    @Override
    public AgentConversation lockOrStart(ConversationId id, TenantId tenant) {
        return conversations.computeIfAbsent(id, key -> AgentConversation.firstHeardOf(key, tenant));
    }

    @Override
    public Optional<AgentConversation> lock(ConversationId id) {
        return find(id);
    }

    @Override
    public Optional<AgentConversation> find(ConversationId id) {
        return Optional.ofNullable(conversations.get(id));
    }

    @Override
    public void save(AgentConversation conversation) {
        conversations.put(conversation.id(), conversation);
    }

    @Override
    public List<AgentConversation> pending(TenantId tenant) {
        return conversations.values().stream()
                .filter(c -> c.tenantId().equals(tenant))
                .filter(AgentConversation::isPending)
                .sorted(Comparator.<AgentConversation>comparingInt(
                                c -> -c.details().orElseThrow().priority())
                        .thenComparing(c -> c.details().orElseThrow().requestedAt()))
                .toList();
    }

    @Override
    public List<AgentConversation> heldBy(TenantId tenant, AgentId agent) {
        return conversations.values().stream()
                .filter(c -> c.tenantId().equals(tenant))
                .filter(c -> c.holder().filter(agent::equals).isPresent())
                .sorted(Comparator.comparing(c -> c.stateSince().orElseThrow()))
                .toList();
    }

    @Override
    public List<AgentConversation> active(TenantId tenant, int limit) {
        return conversations.values().stream()
                .filter(c -> c.tenantId().equals(tenant))
                .filter(c -> c.holder().isPresent())
                .sorted(Comparator.comparing(c -> c.stateSince().orElseThrow()))
                .limit(limit)
                .toList();
    }

    // --- messages and read marks
    @Override
    public void add(ChatMessage message) {
        if (exists(message.conversationId(), message.messageId())) {
            throw new IllegalStateException("duplicate message id " + message.messageId());
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
        return readMarks.getOrDefault(conversationId.value() + "/" + agent.value(), 0L);
    }

    @Override
    public void raiseReadMark(ConversationId conversationId, AgentId agent, long upToSequence, Instant at) {
        readMarks.merge(conversationId.value() + "/" + agent.value(), upToSequence, Math::max);
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

    // --- quick replies
    @Override
    public void lockTenant(TenantId tenant) {}

    @Override
    public List<QuickReply> visibleTo(TenantId tenant, AgentId agent) {
        return replies.values().stream()
                .filter(r -> r.tenantId().equals(tenant))
                .filter(r -> r.scope() == QuickReplyScope.SHARED || agent.equals(r.ownerId()))
                .sorted(Comparator.comparing(QuickReply::shortcut))
                .toList();
    }

    @Override
    public Optional<QuickReply> find(UUID id) {
        return Optional.ofNullable(replies.get(id));
    }

    @Override
    public boolean shortcutTaken(
            TenantId tenant, QuickReplyScope scope, AgentId owner, String shortcut, UUID exceptId) {
        return replies.values().stream()
                .anyMatch(r -> r.tenantId().equals(tenant)
                        && r.scope() == scope
                        && Objects.equals(r.ownerId(), owner)
                        && r.shortcut().equals(shortcut)
                        && !r.id().equals(exceptId));
    }

    @Override
    public void save(QuickReply reply) {
        replies.put(reply.id(), reply);
    }

    @Override
    public void delete(UUID id) {
        replies.remove(id);
    }

    // --- events
    @Override
    public void publish(ConversationEvent event) {
        published.add(event);
    }
}
