package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agents' conversation views in a map, for use-case tests; ties are broken by id, as in the table. */
final class InMemoryConversations implements AgentConversationPort {
    private static final Comparator<AgentConversation> BY_ID = Comparator.comparing(c -> c.id().value());
    private static final Comparator<AgentConversation> OLDEST_STATE_FIRST =
            Comparator.<AgentConversation, Instant>comparing(c -> c.stateSince().orElseThrow())
                    .thenComparing(BY_ID);

    final Map<ConversationId, AgentConversation> conversations = new LinkedHashMap<>();

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
                        .thenComparing(c -> c.details().orElseThrow().requestedAt())
                        .thenComparing(BY_ID))
                .toList();
    }

    @Override
    public List<AgentConversation> heldBy(TenantId tenant, AgentId agent) {
        return conversations.values().stream()
                .filter(c -> c.tenantId().equals(tenant))
                .filter(c -> c.holder().filter(agent::equals).isPresent())
                .sorted(OLDEST_STATE_FIRST)
                .toList();
    }

    @Override
    public List<AgentConversation> active(TenantId tenant, int limit) {
        return conversations.values().stream()
                .filter(c -> c.tenantId().equals(tenant))
                .filter(c -> c.holder().isPresent())
                .sorted(OLDEST_STATE_FIRST)
                .limit(limit)
                .toList();
    }
}
