package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.out.ConversationFactsPort;
import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Facts in a map; a fact only counts as stored once saved, as with the database. */
final class InMemoryConversationFacts implements ConversationFactsPort {
    private final Map<String, ConversationFact> saved = new HashMap<>();

    @Override
    public ConversationFact lockOrCreate(TenantId tenant, ConversationId conversation) {
        ConversationFact stored = saved.get(key(tenant, conversation));
        return stored == null ? new ConversationFact(tenant, conversation) : copy(stored);
    }

    @Override
    public void save(ConversationFact fact) {
        saved.put(key(fact.tenantId(), fact.conversationId()), copy(fact));
    }

    Optional<ConversationFact> find(TenantId tenant, ConversationId conversation) {
        return Optional.ofNullable(saved.get(key(tenant, conversation)));
    }

    int size() {
        return saved.size();
    }

    private static String key(TenantId tenant, ConversationId conversation) {
        return tenant.value() + "/" + conversation.value();
    }

    private static ConversationFact copy(ConversationFact f) {
        return ConversationFact.restore(f.tenantId(), f.conversationId(), f.botId(), f.firstSeenAt(), f.requestedAt(),
                f.queuedAt(), f.assignedAt(), f.agentId(), f.completedAt(), f.endedAt(), f.expiredAt(), f.rating());
    }
}
